package dk.trekant.individual.adultcase;

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

import dk.trekant.individual.incident.Incident;
import dk.trekant.individual.person.InstitutionKind;

/**
 * What brought a person to the adult flow: a release notice from Kriminalforsorgen (expected
 * release date, institution, reason, whether the person consented to the information being shared)
 * or a police §115 notification about someone 18 or older ({@code incidentId}). A release notice is
 * one per partner reference; its date may move and it may be cancelled.
 */
@Entity
@Table(name = "trekant_adult_referral")
public class AdultReferral {

    public enum Kind {
        RELEASE_NOTICE, SECTION_115
    }

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "partner_reference", length = 64)
    private String partnerReference;

    @Column(name = "incident_id")
    private UUID incidentId;

    @Column(name = "reported_by", length = 64)
    private String reportedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "age_at_referral", nullable = false)
    private int ageAtReferral;

    @Column(name = "expected_release_date")
    private LocalDate expectedReleaseDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_kind", length = 30)
    private InstitutionKind institutionKind;

    @Column(name = "institution_name", length = 200)
    private String institutionName;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_category", length = 30)
    private ReleaseReason reasonCategory;

    @Column(name = "consent_to_share")
    private Boolean consentToShare;

    @Column(name = "consent_recorded_on")
    private LocalDate consentRecordedOn;

    @Column(length = 2000)
    private String description;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason", length = 30)
    private CancellationReason cancellationReason;

    @Version
    private long version;

    protected AdultReferral() {
    }

    static AdultReferral releaseNotice(UUID personId, UUID partnerId, String partnerReference, String reportedBy,
            Instant receivedAt, int age, ReleaseNotification notice) {
        AdultReferral referral = new AdultReferral(personId, Kind.RELEASE_NOTICE, receivedAt, age);
        referral.partnerId = partnerId;
        referral.partnerReference = partnerReference;
        referral.reportedBy = reportedBy;
        referral.expectedReleaseDate = notice.expectedReleaseDate();
        referral.institutionKind = notice.institutionKind();
        referral.institutionName = notice.institutionName();
        referral.reasonCategory = notice.reasonCategory();
        referral.consentToShare = notice.consent().given();
        referral.consentRecordedOn = notice.consent().recordedOn();
        referral.description = notice.description();
        return referral;
    }

    static AdultReferral policeNotification(Incident incident, Instant receivedAt) {
        AdultReferral referral = new AdultReferral(incident.getYouthId(), Kind.SECTION_115, receivedAt,
                incident.getAgeAtIncident());
        referral.incidentId = incident.getId();
        referral.reportedBy = incident.getReportedBy();
        return referral;
    }

    private AdultReferral(UUID personId, Kind kind, Instant receivedAt, int age) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.kind = kind;
        this.receivedAt = receivedAt;
        this.ageAtReferral = age;
    }

    void linkTo(AdultCase adultCase) {
        this.caseId = adultCase.getId();
    }

    void moveRelease(LocalDate expectedReleaseDate) {
        this.expectedReleaseDate = expectedReleaseDate;
    }

    void cancel(CancellationReason reason, Instant at) {
        this.cancellationReason = reason;
        this.cancelledAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public String getPartnerReference() {
        return partnerReference;
    }

    public UUID getIncidentId() {
        return incidentId;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public int getAgeAtReferral() {
        return ageAtReferral;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public InstitutionKind getInstitutionKind() {
        return institutionKind;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public ReleaseReason getReasonCategory() {
        return reasonCategory;
    }

    public Boolean getConsentToShare() {
        return consentToShare;
    }

    public LocalDate getConsentRecordedOn() {
        return consentRecordedOn;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public CancellationReason getCancellationReason() {
        return cancellationReason;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    @Override
    public String toString() {
        return "AdultReferral[" + id + ", " + kind + "]";
    }
}
