package dk.trekant.platform.calendar;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    /** Named {@code workdays} so that models can write {@code ${workdays.after(now(), 5)}}. */
    @Bean("workdays")
    WorkingDayCalendar workdays(CalendarProperties properties) {
        return new WorkingDayCalendar(properties.zone(), properties.closedMonthDays(), Clock.systemUTC());
    }
}
