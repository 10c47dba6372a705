package dk.trekant.targeted.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.individual.incident.IntakeService;
import dk.trekant.individual.incident.NewIncident;
import dk.trekant.individual.incident.OffenceCategory;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;
import dk.trekant.targeted.StaffTasks;
import dk.trekant.targeted.YouthConcern;

/**
 * Joint prevention meetings on the application: the scheduler's planning starts one meeting per
 * school per date and never a second; a meeting held through Tasklist's calls logs its hours, and
 * each youth of concern raised there lands in a youth case — a new case (message
 * {@code jointMeetingConcern}) or the youth's open case — while the meeting keeps only the case numbers.
 */
@TrekantTest
class JointMeetingTest {

    @LocalServerPort
    int port;
    @Autowired
    JointMeetingService meetings;
    @Autowired
    IntakeService intake;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    HourLog hourLog;
    @Autowired
    JdbcTemplate jdbc;

    School school(DayOfWeek day) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return meetings.addSchool(code, "Testskolen " + code, "Testklubben", "Sara Socialrådgiver", day, LocalTime.of(14, 0), "0169");
    }

    long meetingInstances(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("jointPreventionMeeting")
                .processInstanceBusinessKey(businessKey).count();
    }

    @Test
    void eachActiveSchoolGetsOneMeetingOnItsWeekdayAndARetriedRunStartsNothingTwice() {
        School tuesday = school(DayOfWeek.TUESDAY);
        // Monday 2 March 2026 + 7 days lead → Tuesday 10 March
        List<String> started = meetings.planMeetings(LocalDate.of(2026, 3, 2));
        String key = "FFM-" + tuesday.getCode() + "-2026-03-10";
        assertThat(started).contains(key, "FFM-BORG-2026-03-10", "FFM-PARK-2026-03-11", "FFM-TORS-2026-03-12");
        assertThat(meetingInstances(key)).isEqualTo(1);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
        assertThat(runtimeService.getVariables(instance.getId())).containsEntry("schoolName", tuesday.getName())
                .containsEntry("clubName", "Testklubben").containsEntry("socialWorker", "Sara Socialrådgiver")
                .containsEntry("meetingDate", "2026-03-10").containsEntry("meetingTime", "14:00");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName()).isEqualTo("Forbered møde");

        assertThat(meetings.planMeetings(LocalDate.of(2026, 3, 2))).as("the same run again").isEmpty();
        assertThat(meetings.planMeetings(LocalDate.of(2026, 3, 3))).as("a retried job the next day: the same week's meetings")
                .doesNotContain(key);
        assertThat(meetingInstances(key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from trekant_joint_meeting where business_key = ?", Long.class, key)).isEqualTo(1);

        // Easter 2026: Monday 30 March + 7 → Tuesday 7 April is a working day; Thursday 2 April (skærtorsdag) is not
        School thursday = school(DayOfWeek.THURSDAY);
        assertThat(meetings.meetingDay(thursday, LocalDate.of(2026, 3, 26))).as("skærtorsdag and langfredag are closed")
                .isEqualTo(LocalDate.of(2026, 4, 6).plusDays(1));
    }

    @Test
    void concernsRaisedAtAMeetingLandInANewYouthCaseAndInTheOpenCaseOfAYouthWhoHasOne() {
        // a youth who already has an open case (a staff member's concern, found by name and date of birth)
        IntakeService.Intake earlier = intake.receive(new NewIncident(IncidentSource.CONCERN, null, null, "koordinator", null,
                LocalDate.of(2012, 5, 6), "Aksel", "Brandt", "Testskolen", false, Instant.now().minusSeconds(86_400), null,
                OffenceCategory.ANDET, null, "Bekymrende fravær"));
        String openCase = earlier.caseNumber();
        Jobs.runAsyncContinuations(managementService);

        School school = school(DayOfWeek.WEDNESDAY);
        LocalDate runDay = LocalDate.of(2026, 10, 5);
        String key = "FFM-" + school.getCode() + "-2026-10-14";
        assertThat(meetings.planMeetings(runDay)).contains(key);
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        UUID meetingId = meetings.meeting(key).orElseThrow().getId();

        StaffTasks tasklist = new StaffTasks(port);
        String prepare = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        tasklist.claim(prepare, "forebygger");
        tasklist.complete(prepare, "forebygger", Map.of("agenda", "Fravær og aftenuro", "meetingCancelled", false));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult().getId());
        String hold = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        tasklist.claim(hold, "forebygger");

        long incidents = jdbc.queryForObject("select count(*) from trekant_incident", Long.class);
        Map<String, Object> form = new HashMap<>(Map.of("schoolAttended", true, "clubAttended", true, "socialWorkerAttended", true,
                "policeAttended", false, "topics", "To elever med bekymrende fravær", "hours", 1.5, "concernCount", 2));
        form.putAll(Map.of("concern1FirstName", "Sigrid", "concern1LastName", "Lund", "concern1DateOfBirth", "2011-09-09",
                "concern1Text", "Ses med ældre unge om aftenen", "concern2FirstName", "aksel", "concern2LastName", "BRANDT",
                "concern2DateOfBirth", "2012-05-06", "concern2Text", "Fraværet er steget igen"));
        // the date of birth of the second youth mistyped into the future: refused, nothing stored
        Map<String, Object> mistyped = new HashMap<>(form);
        mistyped.put("concern2DateOfBirth", LocalDate.now().plusDays(3).toString());
        HttpResponse<String> refused = tasklist.submit(hold, "forebygger", mistyped);
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).contains("Ung nr. 2").contains("fremtiden").doesNotContain("Sigrid", "BRANDT");
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident", Long.class)).isEqualTo(incidents);
        assertThat(hourLog.forSource(HourSource.JOINT_MEETING, meetingId)).isEmpty();

        tasklist.complete(hold, "forebygger", form);

        List<String> raised = meetings.caseNumbersRaised(meetingId);
        assertThat(raised).hasSize(2);
        String newCase = raised.get(0);
        assertThat(newCase).matches("KPT-\\d{4}-\\d{5}").isNotEqualTo(openCase);
        assertThat(raised.get(1)).as("the open case took the concern in").isEqualTo(openCase);
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident i join trekant_youth_case c on c.id = i.case_id "
                + "where c.case_number = ? and i.source = 'JOINT_MEETING'", Long.class, openCase)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident i join trekant_youth_case c on c.id = i.case_id "
                + "where c.case_number = ?", Long.class, openCase)).isEqualTo(2);
        // the new case was started by the meeting's own start message
        String newCaseInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey("youthCase")
                .processInstanceBusinessKey(newCase).singleResult().getId();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(newCaseInstance).activityType("messageStartEvent")
                .list()).extracting(HistoricActivityInstance::getActivityId).containsExactly("startJointMeetingConcern");
        Jobs.runAsyncContinuations(managementService);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(newCase).taskDefinitionKey("assessCase").count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(openCase).taskDefinitionKey("assessNewIncident").count())
                .isEqualTo(1);

        JointMeeting meeting = meetings.meeting(key).orElseThrow();
        assertThat(meeting.getStatus()).isEqualTo(JointMeetingStatus.HELD);
        assertThat(meeting.getParticipants()).isEqualTo("skole, klub, fremskudt socialrådgiver");
        assertThat(meeting.getHours()).isEqualByComparingTo("1.5");
        assertThat(meeting.getHeldBy()).isEqualTo("forebygger");
        assertThat(hourLog.forSource(HourSource.JOINT_MEETING, meetingId)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(HourKind.MEETING);
            assertThat(entry.hours()).isEqualByComparingTo(new BigDecimal("1.5"));
            assertThat(entry.workDate()).isEqualTo(LocalDate.of(2026, 10, 14));
            assertThat(entry.taskId()).isEqualTo(hold);
        });
        assertThat(jdbc.queryForList("select * from trekant_joint_meeting where id = ?", meetingId).toString())
                .doesNotContain("Sigrid", "Lund", "Aksel", "Brandt", "2011-09-09");

        // the youths' details have left the meeting's process: runtime and history
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted().list())
                .extracting(variable -> variable.getName()).contains("raisedCaseNumbers", "topics")
                .noneMatch(YouthConcern::isConcernVariable);
        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_DETAIL where PROC_INST_ID_ = ? and NAME_ like 'concern%'",
                String.class, instanceId)).as("counts only, as variable and form field").containsOnly("concernCount", "concernsToRaise");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where TEXT_ in ('Sigrid', 'aksel', 'Ses med ældre unge om aftenen')",
                Long.class)).isZero();
    }

    @Test
    void aCancelledMeetingKeepsItsReasonAndLogsNoHours() {
        School school = school(DayOfWeek.FRIDAY);
        String key = "FFM-" + school.getCode() + "-2026-06-12";
        assertThat(meetings.planMeetings(LocalDate.of(2026, 6, 1))).contains(key);
        JointMeeting planned = meetings.meeting(key).orElseThrow();
        String task = taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId();
        StaffTasks tasklist = new StaffTasks(port);
        tasklist.claim(task, "forebygger");
        HttpResponse<String> noReason = tasklist.submit(task, "forebygger", Map.of("meetingCancelled", true));
        assertThat(noReason.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(noReason.body()).contains("Årsag til aflysning");
        tasklist.complete(task, "forebygger", Map.of("meetingCancelled", true, "cancelReason", "Skolen holder emneuge"));
        JointMeeting cancelled = meetings.meeting(key).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(JointMeetingStatus.CANCELLED);
        assertThat(cancelled.getCancelReason()).isEqualTo("Skolen holder emneuge");
        assertThat(hourLog.forSource(HourSource.JOINT_MEETING, planned.getId())).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }
}
