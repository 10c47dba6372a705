package dk.trekant.targeted.outreach;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An outreach request (udgående opgave): what kind, where, who asked, how it stands, who staffed
 * it and the hours logged. A partner's request is one row per partner reference.
 */
@Entity
@Table(name = "trekant_outreach_request")
public class OutreachRequest {

    /** {@code requesterKind} of a request entered by staff in Tasklist. */
    public static final String STAFF = "STAFF";

    @Id
    private UUID id;

    @Column(name = "business_key", nullable = false, length = 20)
    private String businessKey;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "partner_reference", length = 64)
    private String partnerReference;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requester_kind", nullable = false, length = 20)
    private String requesterKind;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OutreachKind kind;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "wanted_from")
    private Instant wantedFrom;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "with_police_wanted", nullable = false)
    private boolean withPoliceWanted;

    @Column(nullable = false)
    private boolean acute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutreachStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "staffing_due", nullable = false)
    private Instant staffingDue;

    @Column(name = "staffed_by", length = 64)
    private String staffedBy;

    @Column(name = "staffed_at")
    private Instant staffedAt;

    @Column(name = "logged_hours", precision = 6, scale = 2)
    private BigDecimal loggedHours;

    @Column(name = "with_police")
    private Boolean withPolice;

    private Integer contacts;

    @Column(length = 4000)
    private String notes;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "concern_case_number", length = 20)
    private String concernCaseNumber;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected OutreachRequest() {
    }

    OutreachRequest(UUID partnerId, String partnerReference, String requestedBy, String requesterKind,
            String municipalityCode, OutreachKind kind, String place, String description, Instant wantedFrom,
            Instant occurredAt, boolean withPoliceWanted, Instant receivedAt, Instant staffingDue) {
        this.id = UUID.randomUUID();
        this.businessKey = "UDG-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        this.partnerId = partnerId;
        this.partnerReference = partnerReference;
        this.requestedBy = requestedBy;
        this.requesterKind = requesterKind;
        this.municipalityCode = municipalityCode;
        this.kind = kind;
        this.place = place;
        this.description = description;
        this.wantedFrom = wantedFrom;
        this.occurredAt = occurredAt;
        this.withPoliceWanted = withPoliceWanted;
        this.acute = kind.isAcute();
        this.status = OutreachStatus.RECEIVED;
        this.receivedAt = receivedAt;
        this.staffingDue = staffingDue;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void staffed(String staffMember, Instant at) {
        this.staffedBy = staffMember;
        this.staffedAt = at;
        this.status = OutreachStatus.STAFFED;
    }

    void effortRecorded(BigDecimal hours, boolean withPolice, Integer contacts, String notes) {
        this.loggedHours = (loggedHours == null ? BigDecimal.ZERO : loggedHours).add(hours);
        this.withPolice = withPolice;
        this.contacts = contacts;
        this.notes = notes;
    }

    void concernRaisedIn(String caseNumber) {
        this.concernCaseNumber = caseNumber;
    }

    void completed(Instant at) {
        this.status = OutreachStatus.COMPLETED;
        this.completedAt = at;
    }

    public UUID getId() { return id; }
    public String getBusinessKey() { return businessKey; }
    public UUID getPartnerId() { return partnerId; }
    public String getPartnerReference() { return partnerReference; }
    public String getRequestedBy() { return requestedBy; }
    public String getRequesterKind() { return requesterKind; }
    public String getMunicipalityCode() { return municipalityCode; }
    public OutreachKind getKind() { return kind; }
    public String getPlace() { return place; }
    public String getDescription() { return description; }
    public Instant getWantedFrom() { return wantedFrom; }
    public Instant getOccurredAt() { return occurredAt; }
    public boolean isWithPoliceWanted() { return withPoliceWanted; }
    public boolean isAcute() { return acute; }
    public OutreachStatus getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getStaffingDue() { return staffingDue; }
    public String getStaffedBy() { return staffedBy; }
    public Instant getStaffedAt() { return staffedAt; }
    public BigDecimal getLoggedHours() { return loggedHours; }
    public Boolean getWithPolice() { return withPolice; }
    public Integer getContacts() { return contacts; }
    public String getNotes() { return notes; }
    public Instant getCompletedAt() { return completedAt; }
    public String getConcernCaseNumber() { return concernCaseNumber; }
    public String getProcessInstanceId() { return processInstanceId; }
}
