package dk.trekant.individual.youthcase.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document made in a case (handover to social services, information letter to parents). */
@Entity
@Table(name = "trekant_case_document")
public class CaseDocument {

    public enum Kind {
        HANDOVER, PARENT_LETTER
    }

    /** A draft underretning is approved or rejected by the coordinator; other documents are final when made. */
    public enum Status {
        DRAFT, APPROVED, REJECTED, FINAL
    }

    /** How a letter was sent: by hand, never by Trekant itself. */
    public enum Channel {
        DIGITAL_POST, LETTER, IN_PERSON
    }

    /** The underretning's editable sections (personal data: kept here, never in a process variable). */
    public record Sections(String reason, String observed, String actions) {
    }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "content_html", nullable = false, length = 200000)
    private String contentHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.FINAL;

    @Column(name = "section_reason", length = 4000)
    private String sectionReason;

    @Column(name = "section_observed", length = 4000)
    private String sectionObserved;

    @Column(name = "section_actions", length = 4000)
    private String sectionActions;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "sent_channel", length = 30)
    private Channel sentChannel;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_recorded_by", length = 100)
    private String sentRecordedBy;

    protected CaseDocument() {
    }

    public CaseDocument(UUID caseId, Kind kind, String title, String contentHtml, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.title = title;
        this.contentHtml = contentHtml;
        this.createdAt = createdAt;
    }

    static CaseDocument draftHandover(UUID caseId, String title, String contentHtml, Sections sections, Instant now) {
        CaseDocument draft = new CaseDocument(caseId, Kind.HANDOVER, title, contentHtml, now);
        draft.status = Status.DRAFT;
        draft.edit(sections);
        return draft;
    }

    void edit(Sections sections) {
        requireDraft();
        this.sectionReason = sections.reason();
        this.sectionObserved = sections.observed();
        this.sectionActions = sections.actions();
    }

    void approve(String coordinator, Instant at) {
        requireDraft();
        this.status = Status.APPROVED;
        this.reviewedBy = coordinator;
        this.reviewedAt = at;
    }

    void reject(String coordinator, String comment, Instant at) {
        requireDraft();
        this.status = Status.REJECTED;
        this.reviewedBy = coordinator;
        this.reviewComment = comment;
        this.reviewedAt = at;
    }

    void recordSent(Channel channel, LocalDate on, String recordedBy) {
        if (kind != Kind.PARENT_LETTER) {
            throw new IllegalStateException("only a letter is sent by hand");
        }
        this.sentChannel = channel;
        this.sentOn = on;
        this.sentRecordedBy = recordedBy;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("document " + id + " is " + status + ", not a draft");
        }
    }

    public Sections getSections() {
        return new Sections(sectionReason, sectionObserved, sectionActions);
    }

    public Status getStatus() {
        return status;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Channel getSentChannel() {
        return sentChannel;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getContentHtml() {
        return contentHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
