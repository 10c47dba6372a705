package dk.trekant.individual.adultcase;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The outcome of coordinating one municipal area (bolig, forsørgelse, job og uddannelse, misbrug/psykiatri). */
@Entity
@Table(name = "trekant_adult_area_outcome")
public class AdultAreaOutcome {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false, length = 20)
    private String area;

    @Column(nullable = false, length = 20)
    private String outcome;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AdultAreaOutcome() {
    }

    AdultAreaOutcome(UUID caseId, String area, String outcome, String note, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.area = area;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getArea() {
        return area;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
