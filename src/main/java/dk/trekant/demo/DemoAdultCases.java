package dk.trekant.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.trekant.individual.adultcase.AdultIntakeService;
import dk.trekant.individual.adultcase.ReleaseConsent;
import dk.trekant.individual.adultcase.ReleaseNotification;
import dk.trekant.individual.adultcase.ReleaseReason;
import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.individual.incident.IntakeService;
import dk.trekant.individual.incident.NewIncident;
import dk.trekant.individual.incident.OffenceCategory;
import dk.trekant.individual.incident.YouthRole;
import dk.trekant.individual.person.InstitutionKind;
import dk.trekant.individual.person.PersonDetails;
import dk.trekant.intake.IntakeRouter;
import dk.trekant.partner.Partner;
import dk.trekant.partner.PartnerService;
import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.privacy.Cpr;

/**
 * Two fictional adult cases (SSP+ / KSP): a release from prison in a week and a half, where the
 * person has agreed to coordination and the coordinator is now to plan the release meeting, and a
 * police notification about a 19-year-old awaiting assessment. Created once, on a database without
 * adult cases; the CPR numbers are fictitious.
 */
@Component
@Profile("demo")
@Order(11)
class DemoAdultCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAdultCases.class);

    private final AdultIntakeService adultIntake;
    private final IntakeService intake;
    private final PartnerService partners;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final WorkingDayCalendar workdays;
    private final IntakeRouter router;

    DemoAdultCases(AdultIntakeService adultIntake, IntakeService intake, PartnerService partners, TaskService taskService,
            ManagementService managementService, WorkingDayCalendar workdays, IntakeRouter router) {
        this.router = router;
        this.adultIntake = adultIntake;
        this.intake = intake;
        this.partners = partners;
        this.taskService = taskService;
        this.managementService = managementService;
        this.workdays = workdays;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (adultIntake.caseCount() > 0) {
            return;
        }
        UUID kriminalforsorgen = partners.byName("demo-kriminalforsorgen").map(Partner::getId).orElseThrow();
        UUID police = partners.byName("demo-politi").map(Partner::getId).orElseThrow();
        LocalDate today = LocalDate.now(TrekantZone.get());

        // Released in 7 working days: the reminder (10 working days before) is already due.
        LocalDate release = workdays.addWorkingDays(today, 7);
        AdultIntakeService.AdultIntake released = adultIntake.receiveRelease(kriminalforsorgen, "demo-kriminalforsorgen",
                new ReleaseNotification("DEMO-KSP-0001", release, InstitutionKind.FAENGSEL, "Statsfængslet Vestsjælland",
                        ReleaseReason.PROEVELOESLADELSE, new ReleaseConsent(true, today.minusDays(3)),
                        "Ønsker hjælp til bolig og job efter løsladelsen.",
                        new PersonDetails("140603-4511", "Mikkel", "Sørensen")));
        router.routeNow(released.receipt().id());
        String caseNumber = adultIntake.caseNumberOfReferral(released.receipt().id()).orElseThrow();
        Task assess = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("assessAdultReferral").singleResult();
        taskService.claim(assess.getId(), "koordinator");
        taskService.complete(assess.getId(), Map.of("consent", "GIVEN", "areas", List.of("HOUSING", "JOB_EDUCATION"),
                "assessmentNote", "Motiveret for forløb; bolig og job er det vigtigste."));
        fireDueTimers();

        intake.receive(NewIncident.fromPartner(IncidentSource.SECTION_115, police, "demo-politi", "DEMO-115-0101",
                Cpr.parse("020807-4623").orElseThrow(), "Sara", "Holm", null, false,
                Instant.now().minus(1, ChronoUnit.DAYS), "Taastrup Torv", OffenceCategory.NARKO, YouthRole.SIGTET,
                "Sigtet for salg af hash på torvet."));
        log.info("Demo adult cases created");
    }

    /** The release meeting's reminder is due at once; the demo fires it so that the task is there at first login. */
    private void fireDueTimers() {
        DemoJobs.runUntilNone(managementService,
                () -> managementService.createJobQuery().processDefinitionKey("adultCase").timers().executable().list());
    }
}
