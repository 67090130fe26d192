package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.WebClient;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import com.campaigntracker.shared.security.SystemActor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Guessing passwords gets nowhere (issue 19, M3), over real HTTP: the login form and the actuator's
 * Basic. Each test comes from an address of its own (X-Forwarded-For, from documentation ranges) and
 * forgets its failures afterwards; the clock is fixed to the real now so a test can move it.
 */
class SignInLockoutIT extends IntegrationTest {

    private static final String RIGHT = Fixtures.PASSWORD;
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SignInGuard signIns;
    @Autowired
    AdminAuditLog auditLog;
    @Autowired
    UserDetailsService users;

    private String address;
    private WebClient client;

    @BeforeEach
    void ownAddressAndFixedClock() {
        address = "203.0.113." + ADDRESSES.incrementAndGet();
        client = new WebClient(port, address);
        clock.setTo(clock.instant());
    }

    @AfterEach
    void forgetFailuresAndResetClock() {
        jdbc.update("delete from sign_in_failure where name like 'lockout%' or name like 'nobody-lockout%'"
                + " or name like '203.0.113.%' or name like '198.51.100.%'");
        clock.reset();
        SignIn.out();
    }

    @Test
    void the_sixth_wrong_password_is_refused_as_locked_and_the_seventh_right_one_too() {
        Person person = fixtures.member("lockout-form", "猜密码");
        for (int i = 1; i <= 5; i++) {
            assertWrong(client.signIn(person.getUsername(), "wrong-" + i));
        }
        assertThat(lockOf(SignInThrottle.Kind.ACCOUNT, person.getUsername())).as("locked after five").isNotNull();

        assertWrong(client.postForm(person.getUsername(), "wrong-6"));
        assertWrong(client.postForm(person.getUsername(), RIGHT));

        assertThat(client.get("/projects").statusCode()).as("no session was opened").isEqualTo(302);
        assertThat(lockOf(SignInThrottle.Kind.ACCOUNT, person.getUsername()).failures())
                .as("attempts while locked are refused before the password is checked").isEqualTo(5);
        assertThat(new WebClient(port, "198.51.100.7").signIn(person.getUsername(), RIGHT))
                .as("the account is locked from every address").satisfies(SignInLockoutIT::assertWrong);
    }

    @Test
    void a_name_nobody_has_is_answered_exactly_like_a_real_one() {
        Person person = fixtures.member("lockout-real", "真人");
        String nobody = "nobody-lockout-" + person.getId();
        WebClient other = new WebClient(port, "198.51.100.9");
        for (int i = 1; i <= 7; i++) {
            HttpResponse<String> real = client.postForm(person.getUsername(), "wrong-" + i);
            HttpResponse<String> fake = other.postForm(nobody, "wrong-" + i);
            assertThat(fake.statusCode()).as("attempt " + i).isEqualTo(real.statusCode());
            assertThat(WebClient.location(fake)).as("attempt " + i).isEqualTo(WebClient.location(real));
            assertThat(fake.body()).as("attempt " + i).isEqualTo(real.body());
        }
        assertThat(lockOf(SignInThrottle.Kind.ACCOUNT, nobody)).as("a name nobody has is locked too").isNotNull();
    }

    @Test
    void a_locked_attempt_never_reaches_the_password_check() {
        Person person = fixtures.member("lockout-hash", "不算哈希");
        for (int i = 1; i <= 5; i++) {
            client.signIn(person.getUsername(), "wrong-" + i);
        }
        AtomicInteger checks = new AtomicInteger();
        var guarded = signIns.guard(attempt -> {
            checks.incrementAndGet();
            return attempt;
        });
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(person.getUsername(), RIGHT);
        attempt.setDetails(new WebAuthenticationDetails("192.0.2.1", null));

        assertThatThrownBy(() -> guarded.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).as("bcrypt never ran").hasValue(0);
    }

    @Test
    void failures_slow_each_next_attempt_down_a_little_more_up_to_a_bound() {
        Person person = fixtures.member("lockout-slow", "慢下来");
        assertThat(throttle.standing(person.getUsername(), address).delay()).isZero();
        client.signIn(person.getUsername(), "wrong-1");
        client.postForm(person.getUsername(), "wrong-2");
        SignInThrottle.Standing after2 = throttle.standing(person.getUsername(), "192.0.2.99");
        client.postForm(person.getUsername(), "wrong-3");
        client.postForm(person.getUsername(), "wrong-4");
        SignInThrottle.Standing after4 = throttle.standing(person.getUsername(), "192.0.2.99");

        assertThat(after2.locked()).isFalse();
        assertThat(after2.delay()).isPositive().isLessThan(after4.delay());
        assertThat(after4.delay()).isLessThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void a_right_password_forgets_the_accounts_failures() {
        Person person = fixtures.member("lockout-reset", "记错了");
        for (int i = 1; i <= 4; i++) {
            assertWrong(client.signIn(person.getUsername(), "wrong-" + i));
        }
        assertRight(new WebClient(port, address).signIn(person.getUsername(), RIGHT));
        for (int i = 5; i <= 8; i++) {
            assertWrong(client.signIn(person.getUsername(), "wrong-" + i));
        }
        assertRight(new WebClient(port, address).signIn(person.getUsername(), RIGHT));
    }

    @Test
    void an_address_guessing_at_many_names_is_locked_for_every_name() {
        Person bystander = fixtures.member("lockout-bystander", "同一地址");
        for (int i = 1; i <= 20; i++) {
            assertWrong(client.postForm("nobody-lockout-spray-" + i, "guess"));
        }
        assertThat(lockOf(SignInThrottle.Kind.ADDRESS, address)).as("the address is locked").isNotNull();

        assertWrong(new WebClient(port, address).signIn(bystander.getUsername(), RIGHT));
        assertRight(new WebClient(port, "198.51.100.21").signIn(bystander.getUsername(), RIGHT));
    }

    @Test
    void a_lock_ends_after_fifteen_minutes() {
        Person person = fixtures.member("lockout-expiry", "等一等");
        for (int i = 1; i <= 5; i++) {
            client.signIn(person.getUsername(), "wrong-" + i);
        }
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertWrong(client.signIn(person.getUsername(), RIGHT));

        clock.advance(Duration.ofSeconds(2));
        assertRight(client.signIn(person.getUsername(), RIGHT));
    }

    @Test
    void the_actuators_basic_login_locks_too_and_shares_the_count_with_the_form() {
        Person admin = fixtures.person("lockout-basic", "运维", Role.ADMIN);
        assertThat(client.getWithBasic("/actuator/prometheus", admin.getUsername(), RIGHT).statusCode()).isEqualTo(200);
        for (int i = 1; i <= 3; i++) {
            assertThat(client.getWithBasic("/actuator/prometheus", admin.getUsername(), "wrong-" + i).statusCode())
                    .isEqualTo(401);
        }
        client.signIn(admin.getUsername(), "wrong-4");
        client.postForm(admin.getUsername(), "wrong-5");

        assertThat(client.getWithBasic("/actuator/prometheus", admin.getUsername(), "wrong-6").statusCode()).isEqualTo(401);
        assertThat(client.getWithBasic("/actuator/prometheus", admin.getUsername(), RIGHT).statusCode())
                .as("the right password while locked").isEqualTo(401);
        assertThat(lockOf(SignInThrottle.Kind.ACCOUNT, admin.getUsername()).failures()).isEqualTo(5);
    }

    @Test
    void an_administrator_sees_the_lock_and_lifts_it_which_is_audited() {
        Person person = fixtures.member("lockout-unlock", "请解锁");
        Person admin = fixtures.person("lockout-admin", "解锁管理员", Role.ADMIN);
        for (int i = 1; i <= 5; i++) {
            client.signIn(person.getUsername(), "wrong-" + i);
        }
        SignIn.as(users, admin.getUsername());
        assertThat(throttle.unlock(SignInThrottle.Kind.ACCOUNT, person.getUsername())).isTrue();

        assertThat(auditLog.search(person.getId(), AuditKind.ACCOUNT_UNLOCKED, null, null, 10))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo(admin.getId());
                    assertThat(entry.subject()).contains(person.getUsername());
                    assertThat(entry.after()).isEqualTo("unlocked");
                });
        assertThat(throttle.locks()).noneMatch(l -> l.name().equals(person.getUsername()));
        SignIn.out();
        assertRight(client.signIn(person.getUsername(), RIGHT));
    }

    @Test
    void nobody_but_an_administrator_sees_or_lifts_a_lock() {
        Person person = fixtures.member("lockout-self", "自己解锁");
        for (int i = 1; i <= 5; i++) {
            client.signIn(person.getUsername(), "wrong-" + i);
        }
        SignIn.as(users, fixtures.manager("lockout-manager", "经理").getUsername());

        assertThatThrownBy(() -> throttle.unlock(SignInThrottle.Kind.ACCOUNT, person.getUsername()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> throttle.locks()).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThat(lockOf(SignInThrottle.Kind.ACCOUNT, person.getUsername())).as("still locked").isNotNull();
        assertThat(SystemActor.call(() -> auditLog.search(person.getId(), AuditKind.ACCOUNT_UNLOCKED, null, null, 10)))
                .isEmpty();
    }

    private SignInThrottle.Lock lockOf(SignInThrottle.Kind kind, String name) {
        List<SignInThrottle.Lock> locks = SystemActor.call(() -> throttle.locks());
        return locks.stream().filter(l -> l.kind() == kind && l.name().equals(name)).findFirst().orElse(null);
    }

    private static void assertWrong(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(response)).endsWith("/login?error");
    }

    private static void assertRight(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(response)).doesNotContain("/login");
    }
}
