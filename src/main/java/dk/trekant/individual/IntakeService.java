package dk.trekant.individual;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;

/**
 * Receives notifications and concerns about youths. An incident is stored once per partner
 * reference; the youth is found by the keyed hash of the CPR number (created if new); an open
 * case takes the incident in (message {@code youthCaseIncident}), otherwise a new case starts.
 * Everything for one incident happens in one transaction: nothing is half-stored.
 */
@Service
public class IntakeService {

    static final String NEW_INCIDENT_MESSAGE = "youthCaseIncident";

    private final YouthRepository youths;
    private final IncidentRepository incidents;
    private final YouthCaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final PersonRegistry persons;
    private final AdultIntakeService adultIntake;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final YouthCaseProperties properties;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone = ZoneId.of("Europe/Copenhagen");

    IntakeService(YouthRepository youths, IncidentRepository incidents, YouthCaseRepository cases,
            CaseNumbers caseNumbers, PersonRegistry persons, AdultIntakeService adultIntake, RuntimeService runtimeService,
            PlatformTransactionManager transactions, YouthCaseProperties properties, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.properties = properties;
        this.youths = youths;
        this.incidents = incidents;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.persons = persons;
        this.adultIntake = adultIntake;
        this.runtimeService = runtimeService;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The outcome of an intake: the partner's receipt, the case the incident belongs to (for staff
     * and the process; never shown to partners; a youth case or an adult case), and whether the same
     * reference had been received before.
     */
    public record Intake(Receipt receipt, String caseNumber, boolean duplicate) {
    }

    /**
     * Receives one incident. Two requests racing for the same new youth, case or reference meet
     * at a unique key; the loser retries and then finds what the winner stored.
     */
    public Intake receive(NewIncident incident) {
        return ConcurrentIntake.inTransaction(transaction, () -> receiveOnce(incident));
    }

    private Intake receiveOnce(NewIncident request) {
        if (request.partnerId() != null && request.partnerReference() != null) {
            Optional<Incident> existing = incidents.findByPartnerIdAndPartnerReference(request.partnerId(),
                    request.partnerReference());
            if (existing.isPresent()) {
                return new Intake(receiptFor(existing.get()), caseNumberOf(existing.get()), true);
            }
        }
        Instant now = clock.instant();
        Youth youth = youthFor(request, now);
        int age = youth.ageOn(request.occurredAt().atZone(zone).toLocalDate());
        Incident incident = incidents.save(new Incident(youth.getId(), request.source(), request.partnerId(),
                request.partnerReference(), request.reportedBy(), request.occurredAt(), now, request.place(), request.offenceCategory(),
                request.role(), request.description(), age));
        if (incident.getTrack() == Track.ADULT) {
            // 18 or older at the incident: the adult flow (SSP+ / KSP) takes it, in this transaction.
            AdultCase adultCase = adultIntake.receivePoliceNotification(incident, now);
            audit(request, incident, adultCase.getCaseNumber());
            return new Intake(adultIntake.receiptFor(incident), adultCase.getCaseNumber(), false);
        }
        Optional<YouthCase> open = cases.findOpenByYouth(youth.getId());
        YouthCase youthCase;
        if (open.isPresent()) {
            youthCase = open.get();
            incident.linkTo(youthCase);
            incidents.flush();
            runtimeService.createMessageCorrelation(NEW_INCIDENT_MESSAGE)
                    .processInstanceBusinessKey(youthCase.getCaseNumber())
                    .setVariableLocal(YouthCaseVariables.INCIDENT_ID, incident.getId().toString())
                    .correlate();
        } else {
            youthCase = cases.saveAndFlush(new YouthCase(caseNumbers.next(), youth.getId(), now));
            incident.linkTo(youthCase);
            incidents.flush();
            ProcessInstance instance = runtimeService.createMessageCorrelation(request.source().startMessage())
                    .processInstanceBusinessKey(youthCase.getCaseNumber())
                    .setVariables(Map.of(
                            YouthCaseVariables.CASE_ID, youthCase.getId().toString(),
                            YouthCaseVariables.CASE_NUMBER, youthCase.getCaseNumber(),
                            YouthCaseVariables.INCIDENT_ID, incident.getId().toString(),
                            YouthCaseVariables.ASSESSMENT_WORKING_DAYS, properties.assessmentWorkingDays(),
                            YouthCaseVariables.FOLLOW_UP_PERIOD, properties.followUpPeriod()))
                    .correlateStartMessage();
            youthCase.startedAs(instance.getId());
        }
        audit(request, incident, youthCase.getCaseNumber());
        return new Intake(Receipt.of(incident, youthCase), youthCase.getCaseNumber(), false);
    }

    private Youth youthFor(NewIncident request, Instant now) {
        if (request.cpr() == null) {
            return youthByNameAndBirth(request, now);
        }
        return persons.byCpr(request.cpr(), request.firstName(), request.lastName(), request.school(),
                request.knownToSocialServices(), now);
    }

    private void audit(NewIncident request, Incident incident, String caseNumber) {
        boolean partner = request.partnerId() != null;
        String purpose = switch (request.source()) {
            case SECTION_115 -> "§115-underretning via partner-API";
            case CONCERN -> partner ? "Bekymring via partner-API" : "Bekymring fra medarbejder i Tasklist";
            case JOINT_MEETING -> "Bekymring fra fælles forebyggelsesmøde";
        };
        auditLog.change(request.reportedBy() == null ? "ukendt" : request.reportedBy(),
                partner ? AuditEvent.ActorKind.PARTNER : AuditEvent.ActorKind.STAFF, AuditEvent.Action.CREATE,
                AuditEvent.Subject.INCIDENT, incident.getId().toString(), caseNumber, purpose);
    }

    /** Staff may not know the CPR number: the youth is then the one with the same name and date of birth. */
    private Youth youthByNameAndBirth(NewIncident request, Instant now) {
        List<Youth> same = youths.findByNameAndDateOfBirth(request.firstName(), request.lastName(), request.dateOfBirth());
        if (same.size() == 1) {
            Youth youth = same.get(0);
            youth.update(null, null, request.school(), request.knownToSocialServices());
            return youth;
        }
        return youths.saveAndFlush(new Youth(null, null, request.dateOfBirth(), request.firstName(), request.lastName(),
                request.school(), request.knownToSocialServices(), now));
    }

    private String caseNumberOf(Incident incident) {
        if (incident.getTrack() == Track.ADULT) {
            return adultIntake.caseNumberOf(incident);
        }
        return incident.getCaseId() == null ? null
                : cases.findById(incident.getCaseId()).map(YouthCase::getCaseNumber).orElse(null);
    }

    /** The status of an incident that this partner sent; empty for another partner's incident. */
    public Optional<Receipt> receipt(UUID partnerId, UUID incidentId, IncidentSource source) {
        return transaction.execute(status -> incidents.findById(incidentId)
                .filter(incident -> partnerId.equals(incident.getPartnerId()) && incident.getSource() == source)
                .map(this::receiptFor));
    }

    private Receipt receiptFor(Incident incident) {
        if (incident.getTrack() == Track.ADULT) {
            return adultIntake.receiptFor(incident);
        }
        YouthCase youthCase = incident.getCaseId() == null ? null : cases.findById(incident.getCaseId()).orElse(null);
        return Receipt.of(incident, youthCase);
    }
}
