package dk.trekant.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

import dk.trekant.intake.IntakeRouter;
import dk.trekant.general.SurveyFindings;
import dk.trekant.general.SurveyProperties;
import dk.trekant.general.TeachingRequest;
import dk.trekant.general.TeachingService;
import dk.trekant.partner.Partner;
import dk.trekant.partner.PartnerService;
import dk.trekant.platform.time.TrekantZone;

/**
 * General prevention in the demo: a course demo-skole asked for that waits for the consultant's
 * plan, a course that was held (pupils reached, hours in the hour log), and last year's analysis of
 * Ungeprofilundersøgelsen. Created once, on a database without teaching courses.
 */
@Component
@Profile("demo")
@Order(20)
class DemoTeaching implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTeaching.class);
    /** Last year's indicator values (percent); a configured indicator not named here gets 50. */
    private static final Map<String, BigDecimal> LAST_YEAR = Map.of(
            "FEEL_SAFE", new BigDecimal("86.4"),
            "TRIED_HASH", new BigDecimal("11.2"),
            "BULLIED", new BigDecimal("14.8"),
            "GOOD_WELLBEING", new BigDecimal("78.5"));

    private final TeachingService teaching;
    private final SurveyFindings surveyFindings;
    private final SurveyProperties surveyProperties;
    private final PartnerService partners;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IntakeRouter router;

    DemoTeaching(TeachingService teaching, SurveyFindings surveyFindings, SurveyProperties surveyProperties,
            PartnerService partners, TaskService taskService, ManagementService managementService, IntakeRouter router) {
        this.router = router;
        this.teaching = teaching;
        this.surveyFindings = surveyFindings;
        this.surveyProperties = surveyProperties;
        this.partners = partners;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (teaching.count() > 0) {
            return;
        }
        UUID school = partners.byName("demo-skole").map(Partner::getId).orElseThrow();
        LocalDate today = LocalDate.now(TrekantZone.get());

        UUID wished = teaching.request(school, "DEMO-UND-0001", new TeachingRequest.Wish("demo-skole", 8, 3, 66, "RUSMIDLER",
                today.plusWeeks(3), today.plusWeeks(8), "Gerne i forbindelse med temaugen om sundhed.")).receipt().id();
        router.routeNow(wished);

        UUID held = teaching.request(school, "DEMO-UND-0002", new TeachingRequest.Wish("demo-skole", 6, 2, 44,
                "DIGITAL_DANNELSE", today, today.plusWeeks(2), null)).receipt().id();
        router.routeNow(held);
        Task plan = task(held, "planTeaching");
        taskService.claim(plan.getId(), "konsulent");
        taskService.complete(plan.getId(), Map.of("planningDecision", "PLAN", "plannedDate", today.toString(),
                "preventer", "forebygger", "material", "Oplæg og dilemmakort om deling af billeder"));
        Task lesson = afterReminder(held);
        Map<String, Object> recorded = new HashMap<>();
        recorded.put("teachingHeld", "HELD");
        recorded.put("heldOn", today.toString());
        recorded.put("classesTaught", 2L);
        recorded.put("pupilsReached", 41L);
        recorded.put("teachingHours", 3.5);
        recorded.put("evaluation", "Eleverne var engagerede; mange kendte til deling af billeder uden samtykke.");
        taskService.complete(lesson.getId(), recorded);

        int lastYear = today.getYear() - 1;
        if (surveyFindings.forYear(lastYear).isEmpty()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            surveyProperties.indicators().forEach(indicator ->
                    values.put(indicator.code(), LAST_YEAR.getOrDefault(indicator.code(), BigDecimal.valueOf(50))));
            surveyFindings.record(lastYear, """
                    Trivslen er stabil, men færre i 8.-9. klasse føler sig trygge på vej hjem om aftenen. \
                    Lidt færre har prøvet hash end året før; flere oplever mobning på sociale medier. \
                    Forslag til temadrøftelsen: digital dannelse i 6.-7. klasse og tryghed omkring stationen.""",
                    values, "konsulent", null);
        }
        log.info("Demo teaching courses and survey findings created");
    }

    private Task task(UUID requestId, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(requestId.toString()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** The reminder is due at once (the lesson is today); the job executor may take it first: then it is waited for. */
    private Task afterReminder(UUID requestId) {
        String processInstanceId = teaching.find(requestId).orElseThrow().getProcessInstanceId();
        DemoJobs.runUntilNone(managementService,
                () -> managementService.createJobQuery().processInstanceId(processInstanceId).timers().executable().list());
        Task lesson = task(requestId, "holdTeaching");
        if (lesson == null) {
            throw new IllegalStateException("The demo lesson's reminder did not fire");
        }
        return lesson;
    }
}
