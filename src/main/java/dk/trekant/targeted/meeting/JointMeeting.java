package dk.trekant.targeted.meeting;

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
 * The record of one joint prevention meeting (Fælles Forebyggelsesmøde) at one school: who took
 * part, the topics, the hours, and (in trekant_joint_meeting_case) the numbers of the youth cases
 * its concerns went into — never the youths' names.
 */
@Entity
@Table(name = "trekant_joint_meeting")
public class JointMeeting {

    @Id
    private UUID id;

    @Column(name = "business_key", nullable = false, length = 60)
    private String businessKey;

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JointMeetingStatus status;

    @Column(length = 4000)
    private String agenda;

    @Column(name = "prepared_by", length = 64)
    private String preparedBy;

    @Column(name = "held_by", length = 64)
    private String heldBy;

    @Column(length = 1000)
    private String participants;

    @Column(length = 4000)
    private String topics;

    @Column(precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "held_at")
    private Instant heldAt;

    @Version
    private long version;

    protected JointMeeting() {
    }

    JointMeeting(School school, LocalDate meetingDate, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.businessKey = businessKey(school.getCode(), meetingDate);
        this.schoolId = school.getId();
        this.meetingDate = meetingDate;
        this.status = JointMeetingStatus.PLANNED;
        this.createdAt = createdAt;
    }

    /** {@code FFM-<school code>-<date>}: one meeting per school per day. */
    static String businessKey(String schoolCode, LocalDate date) {
        return "FFM-" + schoolCode + "-" + date;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void prepared(String staffUser, String agenda) {
        this.preparedBy = staffUser;
        this.agenda = agenda;
        this.status = JointMeetingStatus.PREPARED;
    }

    void cancelled(String reason) {
        this.cancelReason = reason;
        this.status = JointMeetingStatus.CANCELLED;
    }

    void held(String staffUser, String participants, String topics, BigDecimal hours, Instant at) {
        this.heldBy = staffUser;
        this.participants = participants;
        this.topics = topics;
        this.hours = hours;
        this.heldAt = at;
        this.status = JointMeetingStatus.HELD;
    }

    public UUID getId() { return id; }
    public String getBusinessKey() { return businessKey; }
    public UUID getSchoolId() { return schoolId; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public JointMeetingStatus getStatus() { return status; }
    public String getAgenda() { return agenda; }
    public String getPreparedBy() { return preparedBy; }
    public String getHeldBy() { return heldBy; }
    public String getParticipants() { return participants; }
    public String getTopics() { return topics; }
    public BigDecimal getHours() { return hours; }
    public String getCancelReason() { return cancelReason; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getHeldAt() { return heldAt; }
}
