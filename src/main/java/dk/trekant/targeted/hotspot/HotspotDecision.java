package dk.trekant.targeted.hotspot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision about a hotspot: the lokalråd's approval or rejection, or an evaluation's extension or closing. */
@Entity
@Table(name = "trekant_hotspot_decision")
public class HotspotDecision {

    public enum Kind {
        APPROVED, REJECTED, EXTENDED, CLOSED
    }

    @Id
    private UUID id;

    @Column(name = "hotspot_id", nullable = false)
    private UUID hotspotId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "shifts_per_week")
    private Integer shiftsPerWeek;

    @Column(name = "shift_hours", precision = 4, scale = 2)
    private BigDecimal shiftHours;

    @Column(length = 4000)
    private String note;

    @Column(name = "police_input", length = 4000)
    private String policeInput;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected HotspotDecision() {
    }

    HotspotDecision(UUID hotspotId, Kind kind, HotspotPlan plan, String note, String policeInput, String decidedBy,
            Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.hotspotId = hotspotId;
        this.kind = kind;
        if (plan != null) {
            this.periodFrom = plan.from();
            this.periodTo = plan.to();
            this.shiftsPerWeek = plan.shiftsPerWeek();
            this.shiftHours = plan.shiftHours();
        }
        this.note = note;
        this.policeInput = policeInput;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHotspotId() {
        return hotspotId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Integer getShiftsPerWeek() {
        return shiftsPerWeek;
    }

    public BigDecimal getShiftHours() {
        return shiftHours;
    }

    public String getNote() {
        return note;
    }

    public String getPoliceInput() {
        return policeInput;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
