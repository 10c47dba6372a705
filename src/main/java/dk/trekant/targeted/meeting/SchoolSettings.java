package dk.trekant.targeted.meeting;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

import dk.trekant.platform.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A participating school as leaders configure it: its joint prevention meeting is on
 * {@code meetingDay} (MONDAY to FRIDAY) at {@code meetingTime} ({@code HH:mm}), every second week while
 * {@code active}. {@code code} names it in the meetings' business keys and cannot change.
 */
public record SchoolSettings(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "1-20 letters, digits or '-'") String code,
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 200) @PlainText String club,
        @Size(max = 200) @PlainText String socialWorker,
        @NotNull DayOfWeek meetingDay,
        @NotNull @JsonFormat(pattern = "HH:mm") LocalTime meetingTime,
        Boolean active) {

    static SchoolSettings of(School school) {
        return new SchoolSettings(school.getCode(), school.getName(), school.getClub(), school.getSocialWorker(),
                school.getMeetingDay(), school.getMeetingTime(), school.isActive());
    }
}
