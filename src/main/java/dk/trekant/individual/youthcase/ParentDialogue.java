package dk.trekant.individual.youthcase;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One parent dialogue (DKR's bekymringssamtale) as the preventer recorded it: who took part,
 * the consents (the youth's from 15), the summary (mapping, accountability, agreed actions,
 * follow-up) and the outcome. A no-show is recorded too.
 */
@Entity
@Table(name = "trekant_parent_dialogue")
public class ParentDialogue {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "dialogue_date", length = 20)
    private String dialogueDate;

    @Column(length = 200)
    private String place;

    @Column(length = 1000)
    private String participants;

    @Column(name = "parents_consent")
    private Boolean parentsConsent;

    @Column(name = "youth_consent")
    private Boolean youthConsent;

    @Column(name = "consent_missing_reason", length = 2000)
    private String consentMissingReason;

    @Column(name = "summary_mapping", length = 4000)
    private String summaryMapping;

    @Column(name = "summary_accountability", length = 4000)
    private String summaryAccountability;

    @Column(name = "agreed_actions", length = 4000)
    private String agreedActions;

    @Column(name = "follow_up_agreement", length = 4000)
    private String followUpAgreement;

    @Column(nullable = false, length = 20)
    private String outcome;

    @Column(name = "held_by", length = 64)
    private String heldBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ParentDialogue() {
    }

    /** What the preventer entered in "Afhold forældresamtale". */
    public record Record(String dialogueDate, String place, String participants, Boolean parentsConsent,
            Boolean youthConsent, String consentMissingReason, String summaryMapping, String summaryAccountability,
            String agreedActions, String followUpAgreement, String outcome, String heldBy) {
    }

    ParentDialogue(UUID caseId, Record record, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.dialogueDate = record.dialogueDate();
        this.place = record.place();
        this.participants = record.participants();
        this.parentsConsent = record.parentsConsent();
        this.youthConsent = record.youthConsent();
        this.consentMissingReason = record.consentMissingReason();
        this.summaryMapping = record.summaryMapping();
        this.summaryAccountability = record.summaryAccountability();
        this.agreedActions = record.agreedActions();
        this.followUpAgreement = record.followUpAgreement();
        this.outcome = record.outcome();
        this.heldBy = record.heldBy();
        this.recordedAt = recordedAt;
    }

    public String getDialogueDate() {
        return dialogueDate;
    }

    public String getAgreedActions() {
        return agreedActions;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getOutcome() {
        return outcome;
    }

    public Boolean getParentsConsent() {
        return parentsConsent;
    }

    public Boolean getYouthConsent() {
        return youthConsent;
    }
}
