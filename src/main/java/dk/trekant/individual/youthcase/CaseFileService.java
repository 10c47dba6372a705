package dk.trekant.individual.youthcase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.individual.incident.Incident;
import dk.trekant.individual.incident.IncidentFacts;
import dk.trekant.individual.incident.IncidentRepository;
import dk.trekant.individual.incident.OffenceCategory;
import dk.trekant.individual.person.Youth;
import dk.trekant.individual.person.YouthRepository;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.process.VariableText;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.individual.youthcase.documents.CaseDocument;
import dk.trekant.individual.youthcase.documents.CaseDocumentRepository;
import dk.trekant.individual.youthcase.documents.CaseDocuments;

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
        Instant yearBefore = incident.getOccurredAt().atZone(TrekantZone.get()).minusMonths(12).toInstant();
        long earlier = incidents.countOthersBetween(youth.getId(), yearBefore, incident.getOccurredAt(), incident.getId());
        long inCase = incident.getCaseId() == null ? 1 : incidents.countByCaseId(incident.getCaseId());
        String summary = summary(youth, incident, inCase, earlier);
        return new IncidentFacts(youth.getId().toString(), CaseDocuments.name(youth), incident.getAgeAtIncident(),
                incident.getOffenceCategory() == null ? OffenceCategory.ANDET.name() : incident.getOffenceCategory().name(),
                incident.getRole() == null ? null : incident.getRole().name(),
                earlier, youth.isKnownToSocialServices(), summary);
    }

    /**
     * The incident in a few sentences for the task forms: who, the incident itself, its place in the
     * case and the youth's earlier incidents, as counts. It has a bound (a variable's text), however
     * long the case grows and however long the partner's description: the incident's own text is cut
     * to what is left, and the case's other incidents are read from the case file, not listed here.
     */
    static String summary(Youth youth, Incident incident, long incidentsInCase, long earlier12m) {
        String who = CaseDocuments.name(youth) + ", " + incident.getAgeAtIncident() + " år"
                + (youth.getSchool() == null ? "" : ", " + youth.getSchool()) + ". ";
        String counts = (incidentsInCase > 1 ? " Sagen har nu " + incidentsInCase + " hændelser." : "")
                + " Tidligere hændelser de seneste 12 måneder: " + earlier12m + ".";
        String what = VariableText.fit(sentence(CaseDocuments.describe(incident)),
                Math.max(1, VariableText.MAX_LENGTH - who.length() - counts.length()));
        return VariableText.fit(who + what + counts);
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
    public UUID createParentLetter(UUID caseId) {
        YouthCase youthCase = youthCase(caseId);
        Youth youth = youths.findById(youthCase.getYouthId()).orElseThrow();
        Instant now = clock.instant();
        UUID id = documents.saveAndFlush(new CaseDocument(caseId, CaseDocument.Kind.PARENT_LETTER,
                "Informationsbrev " + youthCase.getCaseNumber(), renderer.parentLetter(youthCase, youth, now), now)).getId();
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.CREATE, AuditEvent.Subject.CASE,
                id.toString(), youthCase.getCaseNumber(), "Dan informationsbrev til forældre");
        return id;
    }

    /** Closes the case and returns the date its personal data is to be deleted. */
    @Transactional
    public LocalDate close(UUID caseId, String outcome) {
        YouthCase youthCase = youthCase(caseId);
        Instant now = clock.instant();
        boolean noAction = youthCase.getDecision() == null || "NO_ACTION".equals(youthCase.getDecision());
        LocalDate retention = now.atZone(TrekantZone.get()).toLocalDate()
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
