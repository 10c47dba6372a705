package dk.trekant.general;

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

/**
 * A teaching course (undervisningsforløb): what the school asked for (grade, classes, pupils,
 * topic, wished period), the plan (date, preventer, material) and what was taught (classes,
 * pupils reached, hours, evaluation). No pupil is named anywhere.
 */
@Entity
@Table(name = "trekant_teaching_request")
public class TeachingRequest {

    @Id
    private UUID id;

    @Column(name = "school_partner_id")
    private UUID schoolPartnerId;

    @Column(name = "partner_reference", length = 64)
    private String partnerReference;

    @Column(name = "school_name", nullable = false, length = 200)
    private String schoolName;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @Column(nullable = false)
    private int grade;

    @Column(nullable = false)
    private int classes;

    @Column(nullable = false)
    private int pupils;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(name = "wished_from", nullable = false)
    private LocalDate wishedFrom;

    @Column(name = "wished_to", nullable = false)
    private LocalDate wishedTo;

    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TeachingStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @Column(length = 64)
    private String preventer;

    @Column(length = 500)
    private String material;

    @Column(name = "planned_by", length = 64)
    private String plannedBy;

    @Column(name = "times_not_held", nullable = false)
    private int timesNotHeld;

    @Column(name = "not_held_reason", length = 2000)
    private String notHeldReason;

    @Column(name = "classes_taught")
    private Integer classesTaught;

    @Column(name = "pupils_reached")
    private Integer pupilsReached;

    @Column(name = "held_at")
    private LocalDate heldAt;

    @Column(name = "teaching_hours", precision = 5, scale = 2)
    private BigDecimal teachingHours;

    @Column(length = 4000)
    private String evaluation;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 20)
    private String cancelledBy;

    @Column(name = "cancellation_reason", length = 2000)
    private String cancellationReason;

    protected TeachingRequest() {
    }

    /** What a school (or a consultant on its behalf) asks for. */
    public record Wish(String schoolName, int grade, int classes, int pupils, String topic, LocalDate wishedFrom,
            LocalDate wishedTo, String note) {
    }

    TeachingRequest(UUID schoolPartnerId, String partnerReference, String requestedBy, Wish wish, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.schoolPartnerId = schoolPartnerId;
        this.partnerReference = partnerReference;
        this.requestedBy = requestedBy;
        this.schoolName = wish.schoolName();
        this.grade = wish.grade();
        this.classes = wish.classes();
        this.pupils = wish.pupils();
        this.topic = wish.topic();
        this.wishedFrom = wish.wishedFrom();
        this.wishedTo = wish.wishedTo();
        this.note = wish.note();
        this.status = TeachingStatus.REQUESTED;
        this.receivedAt = receivedAt;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void plan(LocalDate date, String preventer, String material, String plannedBy) {
        this.plannedDate = date;
        this.preventer = preventer;
        this.material = material;
        this.plannedBy = plannedBy;
        this.status = TeachingStatus.PLANNED;
    }

    void held(LocalDate heldAt, int classesTaught, int pupilsReached, BigDecimal hours, String evaluation) {
        this.heldAt = heldAt;
        this.classesTaught = classesTaught;
        this.pupilsReached = pupilsReached;
        this.teachingHours = hours;
        this.evaluation = evaluation;
        this.status = TeachingStatus.HELD;
    }

    /** The lesson was not held: back to planning, the old date forgotten. */
    void notHeld(String reason) {
        this.timesNotHeld++;
        this.notHeldReason = reason;
        this.plannedDate = null;
        this.status = TeachingStatus.REQUESTED;
    }

    void cancel(Instant at, String by, String reason) {
        this.cancelledAt = at;
        this.cancelledBy = by;
        this.cancellationReason = reason;
        this.status = TeachingStatus.CANCELLED;
    }

    public UUID getId() {
        return id;
    }

    public UUID getSchoolPartnerId() {
        return schoolPartnerId;
    }

    public String getPartnerReference() {
        return partnerReference;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public int getGrade() {
        return grade;
    }

    public int getClasses() {
        return classes;
    }

    public int getPupils() {
        return pupils;
    }

    public String getTopic() {
        return topic;
    }

    public LocalDate getWishedFrom() {
        return wishedFrom;
    }

    public LocalDate getWishedTo() {
        return wishedTo;
    }

    public String getNote() {
        return note;
    }

    public TeachingStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public String getPreventer() {
        return preventer;
    }

    public String getMaterial() {
        return material;
    }

    public int getTimesNotHeld() {
        return timesNotHeld;
    }

    public String getNotHeldReason() {
        return notHeldReason;
    }

    public Integer getClassesTaught() {
        return classesTaught;
    }

    public Integer getPupilsReached() {
        return pupilsReached;
    }

    public LocalDate getHeldAt() {
        return heldAt;
    }

    public BigDecimal getTeachingHours() {
        return teachingHours;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }
}
