package dk.trekant.platform.time;

import java.time.Clock;
import java.time.Duration;

/**
 * A UTC clock that ticks in microseconds, the precision PostgreSQL and H2 store timestamps in.
 * A receipt answered at once (201) then says exactly what the stored receipt says when it is read
 * back or resent (200); with nanoseconds the database would round and the two would differ.
 */
public final class StoredClock {

    public static final Clock UTC_MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private StoredClock() {
    }
}
