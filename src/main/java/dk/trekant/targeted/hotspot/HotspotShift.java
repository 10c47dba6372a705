package dk.trekant.targeted.hotspot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One presence shift (tryghedsskabende tilstedeværelse) as the preventer logged it. Its hours are
 * in the hour log ({@code hourEntryId}); contacts and observations are free text and never logged.
 */
@Entity
@Table(name = "trekant_hotspot_shift")
public class HotspotShift {

    @Id
    private UUID id;

    @Column(name = "hotspot_id", nullable = false)
    private UUID hotspotId;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "staff_user", nullable = false, length = 64)
    private String staffUser;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(name = "contact_count", nullable = false)
    private int contactCount;

    @Column(length = 4000)
    private String contacts;

    @Column(length = 4000)
    private String observations;

    @Column(name = "police_present", nullable = false)
    private boolean policePresent;

    @Column(name = "guards_present", nullable = false)
    private boolean guardsPresent;

    @Column(name = "hour_entry_id", nullable = false)
    private UUID hourEntryId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HotspotShift() {
    }

    HotspotShift(UUID hotspotId, String taskId, String staffUser, HotspotShiftReport report, BigDecimal hours, UUID hourEntryId,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.hotspotId = hotspotId;
        this.taskId = taskId;
        this.staffUser = staffUser;
        this.startedAt = report.startedAt();
        this.endedAt = report.endedAt();
        this.hours = hours;
        this.contactCount = report.contactCount() == null ? 0 : report.contactCount();
        this.contacts = report.contacts();
        this.observations = report.observations();
        this.policePresent = Boolean.TRUE.equals(report.policePresent());
        this.guardsPresent = Boolean.TRUE.equals(report.guardsPresent());
        this.hourEntryId = hourEntryId;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHotspotId() {
        return hotspotId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStaffUser() {
        return staffUser;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public int getContactCount() {
        return contactCount;
    }

    public String getContacts() {
        return contacts;
    }

    public String getObservations() {
        return observations;
    }

    public boolean isPolicePresent() {
        return policePresent;
    }

    public boolean isGuardsPresent() {
        return guardsPresent;
    }

    public UUID getHourEntryId() {
        return hourEntryId;
    }
}
