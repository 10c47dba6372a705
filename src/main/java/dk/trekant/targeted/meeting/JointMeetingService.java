package dk.trekant.targeted.meeting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.platform.time.TrekantZone;

/**
 * Joint prevention meetings (Fælles Forebyggelsesmøder): the participating schools, one meeting
 * process per school per meeting (started by the scheduler every second week), and the meeting
 * record — participants, topics, hours (into the {@link HourLog}) and the case numbers of the
 * concerns raised.
 */
@Service
public class JointMeetingService {

    private static final Logger log = LoggerFactory.getLogger(JointMeetingService.class);

    private final SchoolRepository schools;
    private final JointMeetingRepository meetings;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar workdays;
    private final JointMeetingProperties properties;
    private final HourLog hourLog;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    JointMeetingService(SchoolRepository schools, JointMeetingRepository meetings, RuntimeService runtimeService,
            WorkingDayCalendar workdays, JointMeetingProperties properties, HourLog hourLog, JdbcTemplate jdbc) {
        this.schools = schools;
        this.meetings = meetings;
        this.runtimeService = runtimeService;
        this.workdays = workdays;
        this.properties = properties;
        this.hourLog = hourLog;
        this.jdbc = jdbc;
    }

    /** Adds a participating school (configuration; the demo profile seeds a few). Idempotent on the code. */
    @Transactional
    public School addSchool(String code, String name, String club, String socialWorker, DayOfWeek meetingDay,
            LocalTime meetingTime, String municipalityCode) {
        return schools.findByCode(code).orElseGet(() -> schools.saveAndFlush(
                new School(code, name, club, socialWorker, meetingDay, meetingTime, municipalityCode)));
    }

    /** A new school from a leader; empty when the code is taken. */
    @Transactional
    Optional<School> addNewSchool(SchoolSettings settings) {
        if (schools.findByCode(settings.code()).isPresent()) {
            return Optional.empty();
        }
        School school = new School(settings.code(), settings.name(), settings.club(), settings.socialWorker(),
                settings.meetingDay(), settings.meetingTime(), null);
        if (Boolean.FALSE.equals(settings.active())) {
            school.change(settings.name(), settings.club(), settings.socialWorker(), settings.meetingDay(), settings.meetingTime(), false);
        }
        return Optional.of(schools.saveAndFlush(school));
    }

    /** A leader's change to a school (its code stays); applies to meetings planned from now on. */
    @Transactional
    Optional<School> changeSchool(SchoolSettings settings) {
        return schools.findByCode(settings.code()).map(school -> {
            school.change(settings.name(), settings.club(), settings.socialWorker(), settings.meetingDay(), settings.meetingTime(),
                    !Boolean.FALSE.equals(settings.active()));
            return school;
        });
    }

    /** How many meetings were ever planned (the demo plans its first ones only on an empty database). */
    @Transactional(readOnly = true)
    public long meetingCount() {
        return meetings.count();
    }

    @Transactional(readOnly = true)
    public List<School> allSchools() {
        return schools.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public List<School> activeSchools() {
        return schools.findByActiveTrueOrderByCode();
    }

    /**
     * Starts the meetings of the coming period, one {@code jointPreventionMeeting} per active school:
     * on the school's weekday on or after {@code runDay} + lead days (the next working day if that is
     * closed). A school that already has a meeting that day gets none more — a retried or doubled run
     * starts nothing twice (and the unique key on school and date backs this up).
     *
     * @return the business keys of the meetings started now
     */
    @Transactional
    public List<String> planMeetings(LocalDate runDay) {
        List<String> started = new ArrayList<>();
        for (School school : schools.findByActiveTrueOrderByCode()) {
            LocalDate day = meetingDay(school, runDay);
            if (meetings.existsBySchoolIdAndMeetingDate(school.getId(), day)) {
                continue;
            }
            JointMeeting meeting = meetings.saveAndFlush(new JointMeeting(school, day, clock.instant()));
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(JointMeetingVariables.PROCESS_KEY,
                    meeting.getBusinessKey(), variables(school, meeting));
            meeting.startedAs(instance.getId());
            started.add(meeting.getBusinessKey());
        }
        log.info("Joint prevention meetings planned: {} started", started.size());
        return started;
    }

    LocalDate meetingDay(School school, LocalDate runDay) {
        LocalDate day = runDay.plusDays(properties.leadDays()).with(TemporalAdjusters.nextOrSame(school.getMeetingDay()));
        while (!workdays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Map<String, Object> variables(School school, JointMeeting meeting) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(JointMeetingVariables.MEETING_ID, meeting.getId().toString());
        variables.put(JointMeetingVariables.SCHOOL_NAME, school.getName());
        variables.put(JointMeetingVariables.CLUB_NAME, school.getClub());
        variables.put(JointMeetingVariables.SOCIAL_WORKER, school.getSocialWorker());
        variables.put(JointMeetingVariables.MEETING_DATE, meeting.getMeetingDate().toString());
        variables.put(JointMeetingVariables.MEETING_TIME, school.getMeetingTime().toString());
        variables.put(JointMeetingVariables.MEETING_START,
                Date.from(meeting.getMeetingDate().atTime(school.getMeetingTime()).atZone(TrekantZone.get()).toInstant()));
        return variables;
    }

    void prepared(UUID meetingId, String staffUser, String agenda) {
        meetings.findById(meetingId).orElseThrow().prepared(staffUser, agenda);
    }

    void cancelled(UUID meetingId, String reason) {
        meetings.findById(meetingId).orElseThrow().cancelled(reason);
    }

    /** "Afhold møde og registrér": the record, and the hours in the hour log (kind MEETING, once per task). */
    void held(UUID meetingId, String staffUser, String taskId, String participants, String topics, BigDecimal hours,
            boolean withPolice) {
        JointMeeting meeting = meetings.findById(meetingId).orElseThrow();
        hourLog.record(staffUser, meeting.getMeetingDate(), HourKind.MEETING, hours, HourSource.JOINT_MEETING, meeting.getId(),
                taskId, withPolice);
        meeting.held(staffUser, participants, topics, hours, clock.instant());
    }

    /** The youth cases the meeting's concerns went into (null: kept for the adult flow). */
    void casesRaised(UUID meetingId, List<String> caseNumbers) {
        Integer last = jdbc.queryForObject("select max(position) from trekant_joint_meeting_case where meeting_id = ?",
                Integer.class, meetingId);
        int position = last == null ? 0 : last + 1;
        for (String caseNumber : caseNumbers) {
            jdbc.update("insert into trekant_joint_meeting_case (meeting_id, position, case_number) values (?, ?, ?)",
                    meetingId, position++, caseNumber);
        }
    }

    @Transactional(readOnly = true)
    public List<String> caseNumbersRaised(UUID meetingId) {
        return jdbc.queryForList("select case_number from trekant_joint_meeting_case where meeting_id = ? order by position",
                String.class, meetingId);
    }

    @Transactional(readOnly = true)
    public Optional<JointMeeting> meeting(String businessKey) {
        return meetings.findByBusinessKey(businessKey);
    }

    @Transactional(readOnly = true)
    public Optional<School> school(UUID schoolId) {
        return schools.findById(schoolId);
    }
}
