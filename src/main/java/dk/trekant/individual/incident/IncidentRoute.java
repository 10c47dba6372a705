package dk.trekant.individual.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import dk.trekant.individual.adultcase.AdultIntakeService;
import dk.trekant.individual.youthcase.CaseNumbers;
import dk.trekant.individual.youthcase.YouthCase;
import dk.trekant.individual.youthcase.YouthCaseProperties;
import dk.trekant.individual.youthcase.YouthCaseRepository;
import dk.trekant.individual.youthcase.YouthCaseVariables;
import dk.trekant.intake.IntakeRoute;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.labels.DanishLabels;

/**
 * Takes a received incident to its case: an open youth case takes it in (message
 * {@code youthCaseIncident}), otherwise a new youth case starts; an incident about someone 18 or
 * older goes to the adult flow. A partner's notification reaches it through the intake queue
 * ({@link dk.trekant.intake.IntakeRouter}, partitioned by youth); what staff enter is routed at once,
 * in the caller's transaction.
 */
@Component
public class IncidentRoute implements IntakeRoute {

    /** The queue's kind for §115 notifications and concerns. */
    static final String KIND = "INCIDENT";
    static final String NEW_INCIDENT_MESSAGE = "youthCaseIncident";

    private final IncidentRepository incidents;
    private final YouthCaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final AdultIntakeService adultIntake;
    private final RuntimeService runtimeService;
    private final YouthCaseProperties properties;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();

    IncidentRoute(IncidentRepository incidents, YouthCaseRepository cases, CaseNumbers caseNumbers,
            AdultIntakeService adultIntake, RuntimeService runtimeService, YouthCaseProperties properties, AuditLog auditLog) {
        this.incidents = incidents;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.adultIntake = adultIntake;
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.auditLog = auditLog;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void route(UUID incidentId) {
        Optional<Incident> found = incidents.findById(incidentId);
        if (found.isEmpty() || found.get().isRouted()) {
            return; // deleted (retention), or routed already
        }
        Incident incident = found.get();
        String caseNumber = route(incident);
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.UPDATE, AuditEvent.Subject.INCIDENT,
                incident.getId().toString(), caseNumber, "Hændelse ført til sag");
    }

    @Override
    public String label(UUID incidentId) {
        return incidents.findById(incidentId)
                .map(incident -> DanishLabels.label(DanishLabels.Kind.INCIDENT_SOURCE, incident.getSource().name()))
                .orElse("Underretning eller bekymring");
    }

    /**
     * Routes the incident in the caller's transaction (its row must be current) and returns the
     * case number: a youth case's or an adult case's.
     */
    String route(Incident incident) {
        Instant now = clock.instant();
        incident.routed(now);
        if (incident.getTrack() == Track.ADULT) {
            // 18 or older at the incident: the adult flow (SSP+ / KSP) takes it.
            incidents.flush();
            return adultIntake.receivePoliceNotification(incident, now).getCaseNumber();
        }
        Optional<YouthCase> open = cases.findOpenByYouth(incident.getYouthId());
        if (open.isPresent()) {
            YouthCase youthCase = open.get();
            incident.linkTo(youthCase);
            incidents.flush();
            runtimeService.createMessageCorrelation(NEW_INCIDENT_MESSAGE)
                    .processInstanceBusinessKey(youthCase.getCaseNumber())
                    .setVariableLocal(YouthCaseVariables.INCIDENT_ID, incident.getId().toString())
                    .correlate();
            return youthCase.getCaseNumber();
        }
        YouthCase youthCase = cases.saveAndFlush(new YouthCase(caseNumbers.next(), incident.getYouthId(), now));
        incident.linkTo(youthCase);
        incidents.flush();
        ProcessInstance instance = runtimeService.createMessageCorrelation(incident.getSource().startMessage())
                .processInstanceBusinessKey(youthCase.getCaseNumber())
                .setVariables(Map.of(
                        YouthCaseVariables.CASE_ID, youthCase.getId().toString(),
                        YouthCaseVariables.CASE_NUMBER, youthCase.getCaseNumber(),
                        YouthCaseVariables.INCIDENT_ID, incident.getId().toString(),
                        YouthCaseVariables.ASSESSMENT_WORKING_DAYS, properties.assessmentWorkingDays(),
                        YouthCaseVariables.FOLLOW_UP_PERIOD, properties.followUpPeriod()))
                .correlateStartMessage();
        youthCase.startedAs(instance.getId());
        return youthCase.getCaseNumber();
    }
}
