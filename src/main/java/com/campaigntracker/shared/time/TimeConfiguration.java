package com.campaigntracker.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" is the organisation's today; services take this clock so tests can set the date.
 * {@code app.today} (a date, or a date and time, in the organisation's zone) runs the whole app as if
 * it were that day, time moving on from there: for the test suite ({@code -Dtest.today}) and trainings.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    AppClock clock(@Value("${app.time-zone:Asia/Shanghai}") ZoneId zone, @Value("${app.today:}") String today) {
        return new AppClock(StartingDay.clock(Clock.system(zone), today));
    }
}
