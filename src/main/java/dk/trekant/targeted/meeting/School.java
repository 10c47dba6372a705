package dk.trekant.targeted.meeting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school that holds joint prevention meetings (Fælles Forebyggelsesmøder) every second week,
 * with its club and the outposted social worker (fremskudt socialrådgiver), on a fixed weekday and time.
 */
@Entity
@Table(name = "trekant_school")
public class School {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String club;

    @Column(name = "social_worker", length = 200)
    private String socialWorker;

    /** ISO day of week, 1 (Monday) to 5 (Friday). */
    @Column(name = "meeting_weekday", nullable = false)
    private int meetingWeekday;

    /** {@code HH:mm}, Danish time. */
    @Column(name = "meeting_time", nullable = false, length = 5)
    private String meetingTime;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    protected School() {
    }

    School(String code, String name, String club, String socialWorker, DayOfWeek meetingDay, LocalTime meetingTime,
            String municipalityCode) {
        if (!code.matches("[A-Za-z0-9-]{1,20}")) {
            throw new IllegalArgumentException("a school code is 1-20 letters, digits or '-'");
        }
        if (meetingDay.getValue() > 5) {
            throw new IllegalArgumentException("meetings are held on working days");
        }
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.club = club;
        this.socialWorker = socialWorker;
        this.meetingWeekday = meetingDay.getValue();
        this.meetingTime = meetingTime.toString();
        this.active = true;
        this.municipalityCode = municipalityCode;
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getClub() { return club; }
    public String getSocialWorker() { return socialWorker; }
    public DayOfWeek getMeetingDay() { return DayOfWeek.of(meetingWeekday); }
    public LocalTime getMeetingTime() { return LocalTime.parse(meetingTime); }
    public boolean isActive() { return active; }
    public String getMunicipalityCode() { return municipalityCode; }

    void change(String name, String club, String socialWorker, DayOfWeek meetingDay, LocalTime meetingTime, boolean active) {
        if (meetingDay.getValue() > 5) {
            throw new IllegalArgumentException("meetings are held on working days");
        }
        this.name = name;
        this.club = club;
        this.socialWorker = socialWorker;
        this.meetingWeekday = meetingDay.getValue();
        this.meetingTime = meetingTime.toString();
        this.active = active;
    }
}
