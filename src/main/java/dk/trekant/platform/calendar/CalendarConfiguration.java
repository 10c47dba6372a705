package dk.trekant.platform.calendar;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.trekant.platform.time.TrekantZone;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    /** Named {@code workdays} so that models can write {@code ${workdays.after(now(), 5)}}. */
    @Bean("workdays")
    WorkingDayCalendar workdays(CalendarProperties properties) {
        TrekantZone.use(properties.zone()); // the one setting, for code without a bean at hand
        return new WorkingDayCalendar(properties.zone(), properties.closedMonthDays(), Clock.systemUTC());
    }
}
