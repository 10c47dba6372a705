package dk.trekant.demo;

import java.util.UUID;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
import dk.trekant.partner.Partner;
import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.partner.PartnerService;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.targeted.hotspot.HotspotLocation;
import dk.trekant.targeted.hotspot.HotspotProposal;
import dk.trekant.targeted.hotspot.HotspotService;

/**
 * Two fictional hotspots, so that Tasklist is alive at first login: an active one at Taastrup
 * Station (proposed by the police, approved by the lokalråd, this week's presence shifts open for
 * the preventers and two shifts already logged), and a housing association's proposal at
 * Gadehavegård waiting for the leader. Created once, on a database without hotspots.
 */
@Component
@Profile("demo")
@Order(20)
class DemoHotspots implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHotspots.class);

    private final HotspotService hotspots;
    private final PartnerService partners;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final IntakeRouter router;

    DemoHotspots(HotspotService hotspots, PartnerService partners, TaskService taskService, ManagementService managementService,
            RuntimeService runtimeService, IntakeRouter router) {
        this.router = router;
        this.runtimeService = runtimeService;
        this.hotspots = hotspots;
        this.partners = partners;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hotspots.hotspotCount() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(TrekantZone.get());
        String station = propose("demo-politi", "DEMO-HOT-0001", "Taastrup Station",
                new HotspotLocation("Taastrup Stationsvej 1, 2630 Taastrup", new BigDecimal("55.650920"), new BigDecimal("12.299150")),
                "Grupper af unge samles ved stationens tunnel om aftenen; flere anmeldelser om chikane og hærværk.",
                "Torsdag til lørdag kl. 19-24", "Vicepolitiinspektør, Taastrup Politi");
        complete(station, "prepareProposal", "leder", Map.of("preparationNote",
                "Politiet bekræfter billedet; klubben i Taastrup Øst deltager gerne."));
        complete(station, "decideInLokalraad", "leder", Map.of("lokalraadDecision", "APPROVED",
                "periodFrom", today.minusDays(14).toString(), "periodTo", today.plusWeeks(6).toString(),
                "shiftsPerWeek", 3L, "plannedShiftHours", 3.0, "decisionNote", "Godkendt; evalueres med lokalpolitiet."));
        startPeriod(station);
        List<Task> shifts = taskService.createTaskQuery().processInstanceBusinessKey(station)
                .taskDefinitionKey("presenceShift").list();
        logShift(shifts.get(0), today.minusDays(2), 19, 22, 9, "Gruppe på 7 unge ved tunnelen; snak om fritidsjob og klubben.",
                "Rolig stemning, lidt graffiti på perronen.", true);
        logShift(shifts.get(1), today.minusDays(1), 20, 23, 5, "To unge og en buschauffør.",
                "Glasskår ved busstoppestedet; vægterne var forbi kl. 22.", false);

        propose("demo-boligselskab", "DEMO-HOT-0002", "Gadehavegård",
                new HotspotLocation("Gadehavegårdsvej, 2630 Taastrup", null, null),
                "Beboerne oplever utryghed ved indgangene og i kælderen efter mørkets frembrud.",
                "Hverdage kl. 18-22", "Boligsocial helhedsplan, Gadehavegård");
        log.info("Demo hotspots created");
    }

    private String propose(String partnerName, String reference, String area, HotspotLocation location, String reason,
            String timesOfDay, String proposer) {
        Partner partner = partners.byName(partnerName).orElseThrow();
        PartnerPrincipal principal = new PartnerPrincipal(partner.getId(), partner.getName(), partner.getKind(),
                partner.getMunicipalityCode());
        UUID id = hotspots.propose(principal, new HotspotProposal(reference, area, location, reason, timesOfDay, proposer))
                .receipt().id();
        router.routeNow(id);
        return id.toString();
    }

    private void complete(String hotspotId, String taskKey, String user, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(hotspotId).taskDefinitionKey(taskKey).singleResult();
        taskService.claim(task.getId(), user);
        taskService.complete(task.getId(), variables);
    }

    /** The period began two weeks ago: its timer is due; run it now (or wait for the job executor to). */
    private void startPeriod(String hotspotId) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(hotspotId).singleResult().getId();
        DemoJobs.runUntilNone(managementService, () -> managementService.createJobQuery().processInstanceId(instance)
                .activityId("waitForPeriodStart").executable().list());
    }

    private void logShift(Task shift, LocalDate day, int fromHour, int toHour, long contacts, String contactsText,
            String observations, boolean police) {
        taskService.claim(shift.getId(), "forebygger");
        taskService.complete(shift.getId(), Map.of(
                "shiftStart", LocalDateTime.of(day, LocalTime.of(fromHour, 0)).toString(),
                "shiftEnd", LocalDateTime.of(day, LocalTime.of(toHour, 0)).toString(),
                "contactCount", contacts, "contacts", contactsText, "observations", observations,
                "policePresent", police, "guardsPresent", !police));
    }
}
