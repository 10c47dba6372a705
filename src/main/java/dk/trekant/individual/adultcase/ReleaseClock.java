package dk.trekant.individual.adultcase;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/**
 * The adult case's clock around the release: the coordinator is reminded to plan the release
 * meeting {@code trekant.adult-case.release-meeting-working-days-before} working days before the
 * expected release, and the meeting is due by the release. When Kriminalforsorgen moves the date,
 * the waiting timer's job and the open task move with it — the token stays where it is.
 */
@Component
class ReleaseClock {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final WorkingDayCalendar workdays;
    private final AdultCaseProperties properties;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;

    ReleaseClock(WorkingDayCalendar workdays, AdultCaseProperties properties, RuntimeService runtimeService,
            ManagementService managementService, TaskService taskService) {
        this.workdays = workdays;
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
    }

    /** The release date as the process holds it (start of the day, Danish time), or null. */
    Date releaseDate(LocalDate release) {
        return release == null ? null : startOf(release);
    }

    /** A date as the forms show it, e.g. "29. januar 2027" (null stays null). */
    static String danish(LocalDate day) {
        return day == null ? null : DANISH_DATE.format(day);
    }

    /** When the coordinator is reminded to plan the release meeting, or null without a release date. */
    Date reminder(LocalDate release) {
        return release == null ? null
                : startOf(workdays.subtractWorkingDays(release, properties.releaseMeetingWorkingDaysBefore()));
    }

    /** Sets the case's release variables and moves the reminder's job and the open meeting task to the new date. */
    void apply(AdultCase adultCase) {
        String instance = adultCase.getProcessInstanceId();
        if (instance == null || runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
            return;
        }
        Date release = releaseDate(adultCase.getReleaseDate());
        Date reminder = reminder(adultCase.getReleaseDate());
        Map<String, Object> variables = new HashMap<>();
        variables.put(AdultCaseVariables.RELEASE_DATE, release);
        variables.put(AdultCaseVariables.RELEASE_MEETING_REMINDER, reminder);
        variables.put(AdultCaseVariables.RELEASE_DATE_TEXT, danish(adultCase.getReleaseDate()));
        runtimeService.setVariables(instance, variables);
        Job timer = managementService.createJobQuery().processInstanceId(instance)
                .activityId(AdultCaseVariables.REMINDER_TIMER).singleResult();
        if (timer != null && reminder != null) {
            managementService.setJobDuedate(timer.getId(), reminder);
        }
        Task plan = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(AdultCaseVariables.PLAN_RELEASE_MEETING).singleResult();
        if (plan != null && release != null) {
            plan.setDueDate(release);
            taskService.saveTask(plan);
        }
    }

    private Date startOf(LocalDate day) {
        ZoneId zone = workdays.zone();
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
