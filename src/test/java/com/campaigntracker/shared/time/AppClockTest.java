package com.campaigntracker.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AppClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    @Test
    void a_bare_date_starts_that_day_at_ten_in_the_organisations_zone() {
        Clock clock = StartingDay.clock(Clock.fixed(NOW, SHANGHAI), "2027-01-01");
        assertThat(LocalDateTime.ofInstant(clock.instant(), SHANGHAI)).isEqualTo(LocalDateTime.of(2027, 1, 1, 10, 0));
        assertThat(clock.getZone()).isEqualTo(SHANGHAI);
    }

    @Test
    void a_date_and_time_starts_there_and_the_clock_moves_on_at_the_real_pace() throws InterruptedException {
        Clock clock = StartingDay.clock(Clock.system(SHANGHAI), "2026-12-11T17:50");
        ZonedDateTime first = ZonedDateTime.now(clock);
        assertThat(first.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(first.getHour()).isEqualTo(17);
        Thread.sleep(20);
        assertThat(ZonedDateTime.now(clock)).isAfter(first);
    }

    @Test
    void without_a_day_the_system_clock_is_kept_and_a_wrong_one_is_refused_with_the_forms_it_takes() {
        Clock system = Clock.system(SHANGHAI);
        assertThat(StartingDay.clock(system, "")).isSameAs(system);
        assertThat(StartingDay.clock(system, null)).isSameAs(system);
        assertThatThrownBy(() -> StartingDay.clock(system, "1.1.2027"))
                .hasMessageContaining("2027-01-01").hasMessageContaining("2026-12-11T17:50");
    }

    @Test
    void a_replay_is_seen_on_its_own_thread_only_and_ends_with_its_work() throws Exception {
        AppClock clock = new AppClock(Clock.fixed(NOW, SHANGHAI));
        Instant past = Instant.parse("2025-09-10T02:00:00Z");
        Instant seenElsewhere = clock.replayAt(past, () -> {
            assertThat(clock.instant()).isEqualTo(past);
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 9, 10));
            assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(past);
            Instant inner = Instant.parse("2025-09-11T02:00:00Z");
            clock.replayAt(inner, () -> assertThat(clock.instant()).isEqualTo(inner));
            assertThat(clock.instant()).isEqualTo(past); // the outer replay comes back
            return CompletableFuture.supplyAsync(clock::instant).join();
        });
        assertThat(seenElsewhere).isEqualTo(NOW);
        assertThat(clock.instant()).isEqualTo(NOW);
    }
}
