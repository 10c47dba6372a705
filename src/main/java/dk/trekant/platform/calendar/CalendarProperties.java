package dk.trekant.platform.calendar;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dk.trekant.platform.time.TrekantZone;

/**
 * {@code trekant.calendar.*}: the time zone and the days the municipality keeps closed beyond
 * the public holidays, as {@code MM-DD}, e.g. {@code 06-05} for grundlovsdag.
 */
@ConfigurationProperties("trekant.calendar")
public record CalendarProperties(ZoneId zone, List<String> extraClosedDays) {

    public CalendarProperties {
        zone = zone == null ? ZoneId.of(TrekantZone.DEFAULT) : zone;
        extraClosedDays = extraClosedDays == null ? List.of() : List.copyOf(extraClosedDays);
    }

    Set<MonthDay> closedMonthDays() {
        return extraClosedDays.stream().map(day -> MonthDay.parse("--" + day.trim())).collect(Collectors.toSet());
    }
}
