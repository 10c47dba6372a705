package dk.trekant.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.individual.incident.IntakeService;
import dk.trekant.individual.incident.NewIncident;
import dk.trekant.individual.incident.OffenceCategory;
import dk.trekant.intake.Receipt;
import dk.trekant.individual.incident.YouthRole;
import dk.trekant.individual.youthcase.CaseFileService;
import dk.trekant.partner.Partner;
import dk.trekant.partner.PartnerService;
import dk.trekant.privacy.Cpr;

/**
 * A handful of fictional youth cases at different stages, so that Tasklist is alive for each
 * role at first login: two assessments for the coordinator, a parent dialogue to plan for the
 * preventer, a handover for social services, and a repeat incident. Created once, on an empty
 * database; the CPR numbers are fictitious.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final IntakeService intake;
    private final CaseFileService caseFile;
    private final PartnerService partners;
    private final TaskService taskService;
    private final FormService formService;

    DemoCases(IntakeService intake, CaseFileService caseFile, PartnerService partners, TaskService taskService,
            FormService formService) {
        this.formService = formService;
        this.intake = intake;
        this.caseFile = caseFile;
        this.partners = partners;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (caseFile.caseCount() > 0) {
            return;
        }
        UUID police = partners.byName("demo-politi").map(Partner::getId).orElseThrow();
        UUID school = partners.byName("demo-skole").map(Partner::getId).orElseThrow();
        Instant now = Instant.now();

        notification(police, "DEMO-115-0001", "120311-4101", "Oliver", "Jensen", "Borgerskolen", now.minus(2, ChronoUnit.DAYS),
                "Taastrup Station", OffenceCategory.VOLD, YouthRole.MISTAENKT,
                "Slagsmål mellem to grupper unge ved stationen sent om aftenen.");
        intake.receive(NewIncident.fromPartner(IncidentSource.CONCERN, school, "demo-skole", "DEMO-BEK-0001", cpr("250512-4202"), "Emma", "Larsen",
                "Parkvejens Skole", false, now.minus(1, ChronoUnit.DAYS), null, OffenceCategory.ANDET, null,
                "Eleven har et stort fravær og ses ofte med ældre unge efter skoletid."));

        Receipt dialogue = notification(police, "DEMO-115-0002", "030910-4303", "Noah", "Møller", "Torstorp Skole",
                now.minus(6, ChronoUnit.DAYS), "Hedehusene Centrum", OffenceCategory.TYVERI, YouthRole.SIGTET,
                "Butikstyveri sammen med to kammerater.");
        assess(dialogue, "MAALRETTET", "PARENT_DIALOGUE", "Første hændelse; forældresamtale med lokalbetjenten.");

        Receipt handover = notification(police, "DEMO-115-0003", "171109-4404", "Ida", "Poulsen", "Gadehaveskolen",
                now.minus(3, ChronoUnit.DAYS), "Gadehavegård", OffenceCategory.VAABEN, YouthRole.MISTAENKT,
                "Fundet i besiddelse af kniv på offentligt sted.");
        assess(handover, "INDIVIDUEL", "HANDOVER", "Kniv og kendt i forvejen: underretning til Børne- og Familiecenteret.");
        approveHandover(handover);

        notification(police, "DEMO-115-0004", "120311-4101", "Oliver", "Jensen", "Borgerskolen", now.minus(5, ChronoUnit.HOURS),
                "Taastrup Hovedgade", OffenceCategory.HAERVAERK, YouthRole.MISTAENKT, "Graffiti på busskur.");
        log.info("Demo cases created");
    }

    private Receipt notification(UUID police, String reference, String cpr, String firstName, String lastName, String school,
            Instant occurredAt, String place, OffenceCategory category, YouthRole role, String description) {
        IntakeService.Intake result = intake.receive(NewIncident.fromPartner(IncidentSource.SECTION_115, police, "demo-politi",
                reference, cpr(cpr), firstName, lastName, school, false, occurredAt, place, category, role, description));
        return result.receipt();
    }

    private void assess(Receipt receipt, String level, String decision, String note) {
        Task task = taskService.createTaskQuery()
                .processVariableValueEquals("incidentId", receipt.id().toString())
                .taskDefinitionKey("assessCase")
                .singleResult();
        taskService.claim(task.getId(), "koordinator");
        taskService.complete(task.getId(), Map.of("decidedLevel", level, "assessmentDecision", decision, "assessmentNote", note));
    }

    /** "Gennemse underretning" as Tasklist submits it: the coordinator adds a sentence to the reason and approves. */
    private void approveHandover(Receipt receipt) {
        Task task = taskService.createTaskQuery()
                .processVariableValueEquals("incidentId", receipt.id().toString())
                .taskDefinitionKey("reviewHandover")
                .singleResult();
        taskService.claim(task.getId(), "koordinator");
        String reason = taskService.getVariableLocal(task.getId(), "handoverReason") + "\n"
                + "Koordinatoren tilføjer: Ida har selv fortalt, at hun bar kniven for at føle sig tryg på vej hjem.";
        formService.submitTaskForm(task.getId(), Map.of("handoverReason", reason, "handoverReview", "APPROVED"));
    }

    private static Cpr cpr(String number) {
        return Cpr.parse(number).orElseThrow();
    }
}
