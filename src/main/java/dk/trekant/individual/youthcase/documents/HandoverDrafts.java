package dk.trekant.individual.youthcase.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.individual.incident.Incident;
import dk.trekant.individual.incident.IncidentRepository;
import dk.trekant.individual.person.Youth;
import dk.trekant.individual.person.YouthRepository;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.labels.DanishLabels;
import dk.trekant.platform.process.VariableText;
import dk.trekant.individual.youthcase.ParentDialogue;
import dk.trekant.individual.youthcase.ParentDialogueRepository;
import dk.trekant.individual.youthcase.YouthCase;
import dk.trekant.individual.youthcase.YouthCaseRepository;

/**
 * The underretning from draft to approval: "Dan udkast til underretning" drafts its three sections
 * from the case file, "Gennemse underretning" lets the coordinator edit them and approve or reject.
 * The sections are kept in the document's row, never in a process variable beyond the open review task.
 */
@Service
public class HandoverDrafts {

    /** The longest section: it is shown in the review form through a (task-local) variable. */
    public static final int MAX_SECTION = VariableText.MAX_LENGTH;

    private final YouthCaseRepository cases;
    private final YouthRepository youths;
    private final IncidentRepository incidents;
    private final ParentDialogueRepository dialogues;
    private final CaseDocumentRepository documents;
    private final CaseDocuments renderer;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();

    HandoverDrafts(YouthCaseRepository cases, YouthRepository youths, IncidentRepository incidents,
            ParentDialogueRepository dialogues, CaseDocumentRepository documents, CaseDocuments renderer, AuditLog auditLog) {
        this.cases = cases;
        this.youths = youths;
        this.incidents = incidents;
        this.dialogues = dialogues;
        this.documents = documents;
        this.renderer = renderer;
        this.auditLog = auditLog;
    }

    /** A new draft underretning of the case, its sections written from the case file. */
    @Transactional
    public UUID draft(UUID caseId) {
        YouthCase youthCase = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("unknown case " + caseId));
        Youth youth = youths.findById(youthCase.getYouthId()).orElseThrow();
        List<Incident> caseIncidents = incidents.findByCaseIdOrderByOccurredAt(caseId);
        Instant now = clock.instant();
        CaseDocument.Sections sections = new CaseDocument.Sections(reason(youthCase, youth, caseIncidents.size()),
                observed(caseIncidents), actions(caseId));
        UUID id = documents.save(CaseDocument.draftHandover(caseId, "Underretning " + youthCase.getCaseNumber(),
                renderer.handover(youthCase, youth, caseIncidents, now), sections, now)).getId();
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.CREATE, AuditEvent.Subject.CASE,
                id.toString(), youthCase.getCaseNumber(), "Dan udkast til underretning (Barnets lov § 133)");
        return id;
    }

    @Transactional(readOnly = true)
    public CaseDocument.Sections sections(UUID documentId) {
        return document(documentId).getSections();
    }

    /**
     * The coordinator's review: the edited sections are kept, and the draft is approved (then it is
     * the underretning the social worker receives) or rejected with a comment.
     *
     * @throws InvalidReviewException naming the field when a section is missing or too long, or a rejection has no comment
     */
    @Transactional
    public void review(UUID documentId, CaseDocument.Sections edited, boolean approved, String comment, String coordinator) {
        require("handoverReason", edited.reason());
        require("handoverObserved", edited.observed());
        require("handoverActions", edited.actions());
        if (!approved && (comment == null || comment.isBlank())) {
            throw new InvalidReviewException("handoverReviewComment", "Skriv, hvorfor underretningen ikke godkendes.");
        }
        if (comment != null && comment.length() > MAX_SECTION) {
            throw new InvalidReviewException("handoverReviewComment", "Kommentaren må højst være " + MAX_SECTION + " tegn.");
        }
        CaseDocument document = document(documentId);
        document.edit(new CaseDocument.Sections(edited.reason().strip(), edited.observed().strip(), edited.actions().strip()));
        Instant now = clock.instant();
        String who = coordinator == null ? "ukendt" : coordinator;
        if (approved) {
            document.approve(who, now);
        } else {
            document.reject(who, comment.strip(), now);
        }
        documents.flush(); // the approved text is rendered by SQL in the same transaction ("Gem godkendt underretning")
        String caseNumber = cases.findById(document.getCaseId()).map(YouthCase::getCaseNumber).orElse(null);
        auditLog.change(who, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE, AuditEvent.Subject.CASE,
                documentId.toString(), caseNumber,
                approved ? "Gennemse underretning: godkendt" : "Gennemse underretning: ikke godkendt");
    }

    private CaseDocument document(UUID documentId) {
        return documents.findById(documentId)
                .orElseThrow(() -> new IllegalStateException("unknown document " + documentId));
    }

    private static void require(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReviewException(field, "Afsnittet skal udfyldes.");
        }
        if (text.length() > MAX_SECTION) {
            throw new InvalidReviewException(field, "Afsnittet må højst være " + MAX_SECTION + " tegn.");
        }
    }

    private static String reason(YouthCase youthCase, Youth youth, int incidentCount) {
        String level = youthCase.getDecidedLevel() != null ? youthCase.getDecidedLevel() : youthCase.getProposedLevel();
        return VariableText.fit("Kriminalpræventivt Team underretter om " + CaseDocuments.name(youth)
                + ", fordi teamet efter sin vurdering af " + (incidentCount == 1 ? "1 henvendelse" : incidentCount + " henvendelser")
                + " er bekymret for den unges trivsel og udvikling."
                + (youthCase.getDecision() == null ? ""
                        : " Teamets beslutning: " + DanishLabels.inSentence(DanishLabels.Kind.DECISION, youthCase.getDecision()) + ".")
                + (level == null ? "" : " Indsatsniveau: " + DanishLabels.inSentence(DanishLabels.Kind.LEVEL, level) + "."));
    }

    private static String observed(List<Incident> caseIncidents) {
        if (caseIncidents.isEmpty()) {
            return "Ingen registrerede hændelser.";
        }
        return VariableText.fit(caseIncidents.stream().map(incident -> "- " + CaseDocuments.describe(incident))
                .collect(Collectors.joining("\n")));
    }

    private String actions(UUID caseId) {
        List<ParentDialogue> held = dialogues.findByCaseIdOrderByRecordedAt(caseId);
        if (held.isEmpty()) {
            return "Teamet har vurderet henvendelsen. Der er endnu ikke iværksat andre indsatser.";
        }
        return VariableText.fit(held.stream().map(dialogue -> "- Forældresamtale "
                + (dialogue.getDialogueDate() == null ? "" : dialogue.getDialogueDate().replace('T', ' ') + " ")
                + "(" + DanishLabels.inSentence(DanishLabels.Kind.DIALOGUE_OUTCOME, dialogue.getOutcome()) + ")"
                + (dialogue.getAgreedActions() == null || dialogue.getAgreedActions().isBlank() ? ""
                        : ": aftalt: " + dialogue.getAgreedActions()))
                .collect(Collectors.joining("\n")));
    }
}
