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
import jakarta.persistence.Version;

/**
 * A hotspot (hotspotindsats): an area where the team is present for a period that the lokalråd
 * approved. Its process instance's business key is the hotspot's id. The current period and the
 * planned presence are here; every decision is kept in {@link HotspotDecision}, every shift in
 * {@link HotspotShift} and its hours in the hour log.
 */
@Entity
@Table(name = "trekant_hotspot")
public class Hotspot {

    /** {@code proposerKind} of a hotspot that a staff member proposed in Tasklist. */
    static final String STAFF = "STAFF";

    @Id
    private UUID id;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "area_name", nullable = false, length = 200)
    private String areaName;

    @Column(length = 300)
    private String address;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(name = "times_of_day", nullable = false, length = 200)
    private String timesOfDay;

    @Column(name = "proposed_by", nullable = false, length = 200)
    private String proposedBy;

    @Column(name = "proposer_kind", nullable = false, length = 20)
    private String proposerKind;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "partner_reference", length = 64)
    private String partnerReference;

    @Column(name = "staff_user", length = 64)
    private String staffUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HotspotStatus status;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "shifts_per_week")
    private Integer shiftsPerWeek;

    @Column(name = "shift_hours", precision = 4, scale = 2)
    private BigDecimal shiftHours;

    @Column(name = "rejection_reason", length = 4000)
    private String rejectionReason;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Hotspot() {
    }

    Hotspot(HotspotProposal proposal, String proposerKind, UUID partnerId, String staffUser, String municipalityCode,
            Instant proposedAt) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.areaName = proposal.areaName().trim();
        this.address = proposal.location().address() == null || proposal.location().address().isBlank() ? null
                : proposal.location().address().trim();
        this.latitude = degrees(proposal.location().latitude());
        this.longitude = degrees(proposal.location().longitude());
        this.reason = proposal.reason().trim();
        this.timesOfDay = proposal.timesOfDay().trim();
        this.proposedBy = proposal.proposer().trim();
        this.proposerKind = proposerKind;
        this.partnerId = partnerId;
        this.partnerReference = partnerId == null ? null : proposal.reference();
        this.staffUser = staffUser;
        this.status = HotspotStatus.PROPOSED;
        this.proposedAt = proposedAt;
    }

    private static BigDecimal degrees(BigDecimal value) {
        return value == null ? null : value.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void approve(HotspotPlan plan, Instant at) {
        this.status = HotspotStatus.APPROVED;
        this.periodFrom = plan.from();
        this.periodTo = plan.to();
        this.shiftsPerWeek = plan.shiftsPerWeek();
        this.shiftHours = plan.shiftHours();
        this.rejectionReason = null;
        this.decidedAt = at;
    }

    void reject(String reason, Instant at) {
        this.status = HotspotStatus.REJECTED;
        this.rejectionReason = reason;
        this.decidedAt = at;
        this.closedAt = at;
    }

    void activate() {
        this.status = HotspotStatus.ACTIVE;
    }

    void periodEnded() {
        this.status = HotspotStatus.EVALUATED;
    }

    void close(Instant at) {
        this.status = HotspotStatus.CLOSED;
        this.closedAt = at;
    }

    /** Where the hotspot is, for a person: the address, or the coordinates. */
    public String locationText() {
        if (address != null) {
            return address;
        }
        return latitude.toPlainString() + ", " + longitude.toPlainString();
    }

    public UUID getId() {
        return id;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getAreaName() {
        return areaName;
    }

    public String getAddress() {
        return address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getReason() {
        return reason;
    }

    public String getTimesOfDay() {
        return timesOfDay;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getProposerKind() {
        return proposerKind;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public String getPartnerReference() {
        return partnerReference;
    }

    public String getStaffUser() {
        return staffUser;
    }

    public HotspotStatus getStatus() {
        return status;
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

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
