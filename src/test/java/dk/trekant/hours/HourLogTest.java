package dk.trekant.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.trekant.support.TrekantTest;

/** The hour log on the real database (its own far-future dates, so other tests' hours do not count). */
@TrekantTest
class HourLogTest {

    @Autowired
    HourLog hours;

    @Test
    void sumsOutreachPerPersonPerIsoWeekAndLeavesOtherKindsOut() {
        UUID hotspot = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        // Monday 2031-03-03 .. Sunday 2031-03-09 is one week; 2031-03-10 starts the next.
        hours.record("hl-anna", LocalDate.of(2031, 3, 3), HourKind.HOTSPOT_PRESENCE, new BigDecimal("3.5"),
                HourSource.HOTSPOT, hotspot, null, true);
        hours.record("hl-anna", LocalDate.of(2031, 3, 9), HourKind.WORKPLACE_VISIT, new BigDecimal("2"),
                HourSource.OUTREACH_REQUEST, UUID.randomUUID(), null, false);
        hours.record("hl-anna", LocalDate.of(2031, 3, 10), HourKind.HOTSPOT_PRESENCE, new BigDecimal("4"),
                HourSource.HOTSPOT, hotspot, null, null);
        hours.record("hl-anna", LocalDate.of(2031, 3, 4), HourKind.TEACHING, new BigDecimal("6"),
                HourSource.TEACHING, course, null, null);
        hours.record("hl-bo", LocalDate.of(2031, 3, 5), HourKind.INSTITUTION_OUTREACH, new BigDecimal("1.25"),
                HourSource.OUTREACH_REQUEST, UUID.randomUUID(), null, true);

        assertThat(hours.outreachPerPersonPerWeek(LocalDate.of(2031, 3, 5), LocalDate.of(2031, 3, 10)))
                .containsExactly(
                        new WeeklyHours("hl-anna", LocalDate.of(2031, 3, 3), new BigDecimal("5.50")),
                        new WeeklyHours("hl-anna", LocalDate.of(2031, 3, 10), new BigDecimal("4.00")),
                        new WeeklyHours("hl-bo", LocalDate.of(2031, 3, 3), new BigDecimal("1.25")));
        assertThat(hours.total(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 9), HourSource.HOTSPOT))
                .isEqualByComparingTo("3.5");
        assertThat(hours.total(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 9), null))
                .isEqualByComparingTo("12.75");
        assertThat(hours.forSource(HourSource.HOTSPOT, hotspot)).extracting(HourEntry::hours)
                .containsExactly(new BigDecimal("3.50"), new BigDecimal("4.00"));
    }

    @Test
    void aTaskIsLoggedOncePerPersonEvenWhenRecordedAgain() {
        UUID hotspot = UUID.randomUUID();
        String task = "task-" + UUID.randomUUID();
        HourEntry first = hours.record("hl-carl", LocalDate.of(2031, 4, 1), HourKind.HOTSPOT_PRESENCE,
                new BigDecimal("2"), HourSource.HOTSPOT, hotspot, task, false);
        HourEntry again = hours.record("hl-carl", LocalDate.of(2031, 4, 1), HourKind.HOTSPOT_PRESENCE,
                new BigDecimal("2"), HourSource.HOTSPOT, hotspot, task, false);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(hours.forSource(HourSource.HOTSPOT, hotspot)).hasSize(1);
    }

    @Test
    void refusesImpossibleHours() {
        UUID source = UUID.randomUUID();
        for (String bad : new String[] {"0", "-1", "24.5"}) {
            assertThatThrownBy(() -> hours.record("hl-dora", LocalDate.of(2031, 5, 1), HourKind.MEETING,
                    new BigDecimal(bad), HourSource.JOINT_MEETING, source, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(hours.forSource(HourSource.JOINT_MEETING, source)).isEmpty();
    }
}
