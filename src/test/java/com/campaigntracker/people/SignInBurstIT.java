package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Guesses in parallel get no more password checks than guesses one after the other (security review of
 * issue 19: a plain "is it locked?" read before a slow check let a burst through), and the current
 * password asked when changing one's own is guessed no more than at the login form.
 */
class SignInBurstIT extends IntegrationTest {

    @Autowired SignInThrottle throttle;
    @Autowired SignInGuard signIns;
    @Autowired MutableClock clock;
    @Autowired Fixtures fixtures;
    @Autowired PeopleService people;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    @AfterEach
    void forget() {
        jdbc.update("delete from sign_in_failure where name like 'burst%' or name like 'account:burst%' or name like '192.0.2.%'");
        jdbc.update("delete from sign_in_check where name like 'burst%' or name like 'account:burst%' or name like '192.0.2.%'");
        clock.reset();
        SignIn.out();
    }

    @Test
    void forty_parallel_guesses_at_one_name_reach_the_password_check_five_times_at_most() throws Exception {
        String name = "burst-" + System.nanoTime();
        AtomicInteger checked = new AtomicInteger();
        var guarded = signIns.guard(attempt -> {
            checked.incrementAndGet();
            sleep(150); // as long as a bcrypt check, so every guess is in flight at once
            throw new BadCredentialsException("wrong");
        });
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            guesses.add(pool.submit(() -> {
                start.await();
                var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, "guess-" + n);
                attempt.setDetails(new WebAuthenticationDetails("192.0.2." + (10 + n), null)); // 40 addresses
                assertThatThrownBy(() -> guarded.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> guess : guesses) {
            guess.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // at most the limit: the others waited for a turn and found the name locked
        assertThat(checked.get()).as("password checks of forty parallel guesses").isLessThanOrEqualTo(5);
        assertThat(throttle.standing(name, "192.0.2.200").locked()).as("the name is locked").isTrue();
    }

    @Test
    void fifty_right_sign_ins_at_once_from_one_office_address_all_succeed_and_lock_nothing() throws Exception {
        String office = "192.0.2.150";
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        var guarded = signIns.guard(attempt -> {
            checked.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(150);
            inFlight.decrementAndGet();
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        });

        List<Boolean> signedIn = burst(50, n -> "burst-office-" + n, office, guarded);

        assertThat(signedIn).as("every right password signs in").containsOnly(true).hasSize(50);
        assertThat(checked).as("each checked once").hasValue(50);
        assertThat(mostInFlight.get()).as("no more checks at once than an address may fail").isLessThanOrEqualTo(20);
        assertThat(throttle.standing("burst-office-1", office).locked()).as("the address is not locked").isFalse();
        assertThat(jdbc.queryForObject("select failures from sign_in_failure where kind = 'ADDRESS' and name = ?",
                Integer.class, office)).as("no failure of the office").isZero();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_check where name = ?", Integer.class, office))
                .as("no check left in flight").isZero();
    }

    /**
     * Issue 21: at 300 browsers one right sign-in was refused, its wait over while the line in front of it
     * still moved. Here seventy people of one office sign in at once with their real passwords, each check
     * a real bcrypt made to take two seconds (as 20 bcrypts at once take on a saturated server): twenty at
     * a time, the last get their turn after three rounds, six seconds, beyond the five-second busy wait.
     * None is refused, for the line kept moving.
     */
    @Test
    void seventy_right_sign_ins_whose_line_outlasts_the_busy_wait_all_get_their_turn_while_it_moves() throws Exception {
        String office = "192.0.2.155";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            names.add(fixtures.member("burst-line", "排队的人 " + i).getUsername());
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    sleep(1_900);
                    return encoder.matches(raw, hash);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(users);
        accounts.setPasswordEncoder(slow);
        var guarded = signIns.guard(new ProviderManager(accounts));

        long started = System.nanoTime();
        List<Boolean> signedIn = burst(70, names::get, n -> Fixtures.PASSWORD, office, guarded);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the line lasted longer than the busy wait").isGreaterThan(Duration.ofSeconds(5));
        assertThat(signedIn).as("every right password signs in").containsOnly(true).hasSize(70);
        assertThat(mostInFlight.get()).as("no more checks at once than an address may fail").isLessThanOrEqualTo(20);
        assertThat(jdbc.queryForObject("select failures from sign_in_failure where kind = 'ADDRESS' and name = ?",
                Integer.class, office)).as("no failure of the office").isZero();
    }

    /**
     * The line is bounded: with twenty checks held in flight, fifty attempts wait (app.sign-in.max-waiting,
     * a quarter of Tomcat's 200 request threads) and the thirty beyond are refused at once, as busy rather
     * than as a wrong password; the fifty get their turns once the checks land.
     */
    @Test
    void attempts_beyond_the_waiting_bound_are_refused_at_once_as_busy_and_no_more_wait() throws Exception {
        String office = "192.0.2.156";
        CountDownLatch held = new CountDownLatch(1);
        AtomicInteger checking = new AtomicInteger();
        var guarded = signIns.guard(attempt -> {
            checking.incrementAndGet();
            try {
                held.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        });
        AtomicInteger mostWaiting = new AtomicInteger();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        watch.scheduleAtFixedRate(() -> mostWaiting.accumulateAndGet(signIns.waiting(), Math::max), 0, 5, TimeUnit.MILLISECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> attempts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            attempts.add(pool.submit(() -> {
                start.await();
                var attempt = UsernamePasswordAuthenticationToken.unauthenticated("burst-bound-" + n, "right");
                attempt.setDetails(new WebAuthenticationDetails(office, null));
                try {
                    guarded.authenticate(attempt);
                    return null;
                } catch (BadCredentialsException refused) {
                    return refused.getClass();
                }
            }));
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (attempts.stream().filter(Future::isDone).count() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200); // no more refusals come while the checks are held
        long refusedAtOnce = attempts.stream().filter(Future::isDone).count();
        int waitingThen = signIns.waiting();
        int checkingThen = checking.get();
        held.countDown();
        List<Class<?>> answers = new ArrayList<>();
        for (Future<Class<?>> attempt : attempts) {
            answers.add(attempt.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        watch.shutdownNow();

        assertThat(checkingThen).as("checks in flight of the address").isEqualTo(20);
        assertThat(waitingThen).as("waiting").isEqualTo(50);
        assertThat(refusedAtOnce).as("refused at once").isEqualTo(30);
        assertThat(mostWaiting.get()).as("never more waiting than the bound").isLessThanOrEqualTo(50);
        assertThat(answers.stream().filter(java.util.Objects::isNull)).as("signed in").hasSize(70);
        assertThat(answers.stream().filter(java.util.Objects::nonNull)).as("refused, and told why")
                .hasSize(30).containsOnly(SignInBusyException.class);
        assertThat(throttle.standing("burst-bound-x", office).locked()).isFalse();
    }

    @Test
    void a_typo_among_a_crowd_of_right_sign_ins_is_one_failure_of_the_address() throws Exception {
        String office = "192.0.2.151";
        var guarded = signIns.guard(attempt -> {
            sleep(150);
            if (!"right".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        });

        List<Boolean> signedIn = burst(30, n -> "burst-crowd-" + n, n -> n == 7 ? "typo" : "right", office, guarded);

        assertThat(signedIn.stream().filter(ok -> ok)).as("all but the typo sign in").hasSize(29);
        assertThat(throttle.standing("burst-crowd-x", office).locked()).isFalse();
        assertThat(jdbc.queryForObject("select failures from sign_in_failure where kind = 'ADDRESS' and name = ?",
                Integer.class, office)).as("the typo is the address's one failure").isEqualTo(1);
    }

    @Test
    void guesses_at_many_names_sent_at_once_from_one_address_get_twenty_checks_and_lock_it() throws Exception {
        String guesser = "192.0.2.152";
        AtomicInteger checked = new AtomicInteger();
        var guarded = signIns.guard(attempt -> {
            checked.incrementAndGet();
            sleep(150);
            throw new BadCredentialsException("wrong");
        });

        List<Boolean> signedIn = burst(40, n -> "burst-spray-" + n, guesser, guarded);

        assertThat(signedIn).containsOnly(false);
        assertThat(checked.get()).as("password checks of forty guesses at once").isLessThanOrEqualTo(20);
        assertThat(throttle.standing("burst-spray-x", guesser).locked()).as("the address is locked").isTrue();
    }

    @Test
    void a_check_that_breaks_gives_its_turn_back_and_counts_as_a_failure() {
        String address = "192.0.2.153";
        var broken = signIns.guard(attempt -> {
            throw new IllegalStateException("the directory did not answer");
        });
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("burst-broken", "whatever");
        attempt.setDetails(new WebAuthenticationDetails(address, null));

        assertThatThrownBy(() -> broken.authenticate(attempt)).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from sign_in_check where name in ('burst-broken', ?)",
                Integer.class, address)).as("no check left in flight").isZero();
        assertThat(jdbc.queryForObject("select failures from sign_in_failure where kind = 'ACCOUNT' and name = 'burst-broken'",
                Integer.class)).as("a check that did not end with the right password is a failure").isEqualTo(1);
    }

    @Test
    void checks_cut_off_in_flight_stop_counting_after_thirty_seconds() {
        clock.setTo(clock.instant());
        String address = "192.0.2.154";
        for (int i = 0; i < 5; i++) { // five checks of one name whose instance died before they ended
            assertThat(throttle.begin("burst-cut", address + i).allowed()).isTrue();
        }
        assertThat(throttle.begin("burst-cut", address).allowed()).as("no turn while they count").isFalse();
        assertThat(throttle.hasTurn("burst-cut", address)).isFalse();

        clock.setTo(clock.instant().plus(Duration.ofSeconds(31)));

        assertThat(throttle.hasTurn("burst-cut", address)).isTrue();
        SignInThrottle.Attempt next = throttle.begin("burst-cut", address);
        assertThat(next.allowed()).as("let in once they are forgotten").isTrue();
        assertThat(throttle.standing("burst-cut", address).locked()).as("and nothing was locked").isFalse();
    }

    @Test
    void my_current_password_asked_while_five_checks_of_my_name_are_in_flight_says_to_try_again_shortly() {
        Person person = fixtures.member("burst-busy", "正忙的人");
        String account = SignInThrottle.accountKey(person.getUsername());
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin(account, "192.0.2.16" + i).allowed()).isTrue();
        }
        SignIn.as(users, person.getUsername());

        assertThatThrownBy(() -> people.changeOwnPassword(Fixtures.PASSWORD, "violet-harbour-tram"))
                .isInstanceOfSatisfying(PeopleAdminException.class,
                        e -> assertThat(e.messageKey()).as("not 'too many wrong passwords'").isEqualTo("account.error.busy"));
        assertThat(throttle.standing(account, "192.0.2.169").locked()).isFalse();
    }

    @Test
    void the_current_password_of_my_account_is_counted_like_a_sign_in() {
        Person person = fixtures.member("burst-account", "改密码的人");
        SignIn.as(users, person.getUsername());
        for (int i = 1; i <= 5; i++) {
            int n = i;
            assertThatThrownBy(() -> people.changeOwnPassword("not-it-" + n, "violet-harbour-tram"))
                    .isInstanceOfSatisfying(PeopleAdminException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.currentPassword"));
        }
        assertThatThrownBy(() -> people.changeOwnPassword(Fixtures.PASSWORD, "violet-harbour-tram"))
                .as("the sixth, right, is refused too").isInstanceOfSatisfying(PeopleAdminException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.tooManyAttempts"));
        assertThat(throttle.standing(SignInThrottle.accountKey(person.getUsername()), "192.0.2.201").locked())
                .as("and the name is locked at the login form as well").isTrue();
        SignIn.out();
        assertThatThrownBy(() -> {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(person.getUsername(), Fixtures.PASSWORD);
            attempt.setDetails(new WebAuthenticationDetails("192.0.2.202", null));
            signIns.guard(a -> { throw new AssertionError("not checked while locked"); }).authenticate(attempt);
        }).isInstanceOf(BadCredentialsException.class);
    }

    /** Sends {@code count} sign-ins at the same moment from one address; answers which of them signed in. */
    private static List<Boolean> burst(int count, IntFunction<String> name, String address,
                                       org.springframework.security.authentication.AuthenticationManager guarded) throws Exception {
        return burst(count, name, n -> "right", address, guarded);
    }

    private static List<Boolean> burst(int count, IntFunction<String> name, IntFunction<String> password, String address,
                                       org.springframework.security.authentication.AuthenticationManager guarded) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            attempts.add(pool.submit(() -> {
                start.await();
                var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name.apply(n), password.apply(n));
                attempt.setDetails(new WebAuthenticationDetails(address, null));
                try {
                    return guarded.authenticate(attempt).isAuthenticated();
                } catch (BadCredentialsException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        List<Boolean> signedIn = new ArrayList<>();
        for (Future<Boolean> attempt : attempts) {
            signedIn.add(attempt.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return signedIn;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
