package com.campaigntracker.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" is the organisation's today; services take this clock so tests can set the date. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${app.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
