package dk.trekant.platform.time;

import java.time.ZoneId;

/**
 * The municipality's time zone, from one setting: {@code trekant.calendar.zone} (default
 * Europe/Copenhagen). Days, deadlines, report periods and the dates in documents are all reckoned in
 * it. Set once when the calendar is configured; code that has no Spring bean at hand (formatters,
 * validators, form values) reads it here.
 */
public final class TrekantZone {

    /** The default of {@code trekant.calendar.zone}. */
    public static final String DEFAULT = "Europe/Copenhagen";

    private static volatile ZoneId zone = ZoneId.of(DEFAULT);

    private TrekantZone() {
    }

    public static ZoneId get() {
        return zone;
    }

    /** Called by the calendar's configuration with {@code trekant.calendar.zone}. */
    public static void use(ZoneId configured) {
        zone = configured;
    }
}
