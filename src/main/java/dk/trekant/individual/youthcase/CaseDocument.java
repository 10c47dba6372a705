package dk.trekant.individual.youthcase;

import java.time.Instant;
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

    protected CaseDocument() {
    }

    CaseDocument(UUID caseId, Kind kind, String title, String contentHtml, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.title = title;
        this.contentHtml = contentHtml;
        this.createdAt = createdAt;
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
