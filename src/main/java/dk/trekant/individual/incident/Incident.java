package dk.trekant.individual.incident;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;

import dk.trekant.individual.youthcase.YouthCase;

/** One notification or concern about a youth, as received. */
@Entity
@Table(name = "trekant_incident")
public class Incident implements Persistable<UUID> {

    /** New until stored or loaded: saving it inserts at once, without first looking for it (Spring Data's merge). */
    @Transient
    private boolean isNew = true;

    @Id
    private UUID id;

    @Column(name = "youth_id", nullable = false)
    private UUID youthId;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentSource source;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "partner_reference", length = 64)
    private String partnerReference;

    @Column(name = "reported_by", length = 64)
    private String reportedBy;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category", length = 20)
    private OffenceCategory offenceCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "youth_role", length = 20)
    private YouthRole role;

    @Column(length = 4000)
    private String description;

    @Column(name = "age_at_incident", nullable = false)
    private int ageAtIncident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Track track;

    /** When the router took the incident to its case; null until then. */
    @Column(name = "routed_at")
    private Instant routedAt;

    protected Incident() {
    }

    Incident(UUID youthId, IncidentSource source, UUID partnerId, String partnerReference, String reportedBy,
            Instant occurredAt,
            Instant receivedAt, String place, OffenceCategory offenceCategory, YouthRole role, String description,
            int ageAtIncident) {
        this.id = UUID.randomUUID();
        this.youthId = youthId;
        this.source = source;
        this.partnerId = partnerId;
        this.partnerReference = partnerReference;
        this.reportedBy = reportedBy;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.place = place;
        this.offenceCategory = offenceCategory;
        this.role = role;
        this.description = description;
        this.ageAtIncident = ageAtIncident;
        this.track = Track.forAge(ageAtIncident);
    }

    void linkTo(YouthCase youthCase) {
        this.caseId = youthCase.getId();
    }

    void routed(Instant at) {
        this.routedAt = at;
    }

    boolean isRouted() {
        return routedAt != null;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getYouthId() {
        return youthId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public IncidentSource getSource() {
        return source;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public String getPartnerReference() {
        return partnerReference;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getPlace() {
        return place;
    }

    public OffenceCategory getOffenceCategory() {
        return offenceCategory;
    }

    public YouthRole getRole() {
        return role;
    }

    public String getDescription() {
        return description;
    }

    public int getAgeAtIncident() {
        return ageAtIncident;
    }

    public Track getTrack() {
        return track;
    }

    @Override
    public String toString() {
        return "Incident[" + id + "]";
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }
}
