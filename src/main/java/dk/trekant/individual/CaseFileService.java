package dk.trekant.individual;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;

/**
 * What the youth case's steps do to the case file: register incidents, record the triage and the
 * coordinator's decision, make documents and close the case. No Camunda types: the delegates
 * translate.
 */
@Service
public class CaseFileService {

    private final YouthRepository youths;
    private final IncidentRepository incidents;
    private final YouthCaseRepository cases;
    private final CaseDocumentRepository documents;
    private final ParentDialogueRepository dialogues;
    private final CaseDocuments renderer;
    private final YouthCaseProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId zone = ZoneId.of("Europe/Copenhagen");

    CaseFileService(YouthRepository youths, IncidentRepository incidents, YouthCaseRepository cases,
            CaseDocumentRepository documents, ParentDialogueRepository dialogues, CaseDocuments renderer,
            YouthCaseProperties properties, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.dialogues = dialogues;
        this.youths = youths;
        this.incidents = incidents;
        this.cases = cases;
        this.documents = documents;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** The facts of an incident for triage and assessment, with the youth's incidents in the twelve months before it. */
    @Transactional(readOnly = true)
    public IncidentFacts register(UUID incidentId) {
        Incident incident = incidents.findById(incidentId).orElseThrow(() -> new IllegalStateException("unknown incident " + incidentId));
        Youth youth = youths.findById(incident.getYouthId()).orElseThrow();
        Instant yearBefore = incident.getOccurredAt().atZone(zone).minusMonths(12).toInstant();
        long earlier = incidents.countOthersBetween(youth.getId(), yearBefore, incident.getOccurredAt(), incident.getId());
        StringBuilder summary = new StringBuilder(CaseDocuments.name(youth)).append(", ")
                .append(incident.getAgeAtIncident()).append(" år")
                .append(youth.getSchool() == null ? "" : ", " + youth.getSchool()).append(". ");
        List<Incident> inCase = incident.getCaseId() == null ? List.of(incident)
                : incidents.findByCaseIdOrderByOccurredAt(incident.getCaseId());
        if (inCase.size() > 1) {
            summary.append("Hændelser i sagen: ");
            for (int i = 0; i < inCase.size(); i++) {
                Incident each = inCase.get(i);
                summary.append(i + 1).append(") ").append(sentence(CaseDocuments.describe(each)))
                        .append(each.getId().equals(incident.getId()) ? " (den nye) " : " ");
            }
        } else {
            summary.append(sentence(CaseDocuments.describe(incident))).append(' ');
        }
        summary.append("Tidligere hændelser de seneste 12 måneder: ").append(earlier).append('.');
        return new IncidentFacts(youth.getId().toString(), CaseDocuments.name(youth), incident.getAgeAtIncident(),
                incident.getOffenceCategory() == null ? OffenceCategory.ANDET.name() : incident.getOffenceCategory().name(),
                incident.getRole() == null ? null : incident.getRole().name(),
                earlier, youth.isKnownToSocialServices(), summary.toString().trim());
    }

    /** Ends a text with a full stop unless it ends with one already. */
    private static String sentence(String text) {
        String trimmed = text.trim();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    @Transactional(readOnly = true)
    public long caseCount() {
        return cases.count();
    }

    @Transactional
    public void recordTriage(UUID caseId, String proposedLevel, String urgency) {
        youthCase(caseId).triaged(proposedLevel, urgency);
    }

    @Transactional
    public void recordAssessment(UUID caseId, String decidedLevel, String decision, String coordinator) {
        YouthCase youthCase = youthCase(caseId);
        youthCase.assessed(decidedLevel, decision, coordinator, clock.instant());
        auditLog.change(coordinator == null ? "ukendt" : coordinator, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE,
                AuditEvent.Subject.CASE, caseId.toString(), youthCase.getCaseNumber(), "Opgave: Vurdér henvendelse");
    }

    @Transactional
    public UUID recordParentDialogue(UUID caseId, ParentDialogue.Record record) {
        YouthCase youthCase = youthCase(caseId);
        UUID id = dialogues.save(new ParentDialogue(youthCase.getId(), record, clock.instant())).getId();
        auditLog.change(record.heldBy() == null ? "ukendt" : record.heldBy(), AuditEvent.ActorKind.STAFF,
                AuditEvent.Action.CREATE, AuditEvent.Subject.CASE, id.toString(), youthCase.getCaseNumber(),
                "Opgave: Afhold forældresamtale");
        return id;
    }

    @Transactional
    public UUID createHandoverDocument(UUID caseId) {
        YouthCase youthCase = youthCase(caseId);
        Youth youth = youths.findById(youthCase.getYouthId()).orElseThrow();
        List<Incident> caseIncidents = incidents.findByCaseIdOrderByOccurredAt(caseId);
        Instant now = clock.instant();
        UUID id = documents.save(new CaseDocument(caseId, CaseDocument.Kind.HANDOVER,
                "Underretning " + youthCase.getCaseNumber(), renderer.handover(youthCase, youth, caseIncidents, now), now))
                .getId();
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.CREATE, AuditEvent.Subject.CASE,
                id.toString(), youthCase.getCaseNumber(), "Dan underretning (Barnets lov § 133)");
        return id;
    }

    @Transactional
    public UUID createParentLetter(UUID caseId) {
        YouthCase youthCase = youthCase(caseId);
        Youth youth = youths.findById(youthCase.getYouthId()).orElseThrow();
        Instant now = clock.instant();
        UUID id = documents.save(new CaseDocument(caseId, CaseDocument.Kind.PARENT_LETTER,
                "Informationsbrev " + youthCase.getCaseNumber(), renderer.parentLetter(youthCase, youth, now), now)).getId();
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.CREATE, AuditEvent.Subject.CASE,
                id.toString(), youthCase.getCaseNumber(), "Send informationsbrev til forældre");
        return id;
    }

    /** Closes the case and returns the date its personal data is to be deleted. */
    @Transactional
    public LocalDate close(UUID caseId, String outcome) {
        YouthCase youthCase = youthCase(caseId);
        Instant now = clock.instant();
        boolean noAction = youthCase.getDecision() == null || "NO_ACTION".equals(youthCase.getDecision());
        LocalDate retention = now.atZone(zone).toLocalDate()
                .plus(noAction ? properties.retentionNoAction() : properties.retentionAfterAction());
        youthCase.close(outcome, now, retention);
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.UPDATE, AuditEvent.Subject.CASE,
                caseId.toString(), youthCase.getCaseNumber(), "Luk sag (sletning senest " + retention + ")");
        return retention;
    }

    private YouthCase youthCase(UUID caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("unknown case " + caseId));
    }

}
