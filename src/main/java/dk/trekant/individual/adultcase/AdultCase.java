package dk.trekant.individual.adultcase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.trekant.individual.youthcase.CaseStatus;

/**
 * An adult case (voksensag / løsladelsesforløb, SSP+ / KSP): at most one open per person; its
 * process instance's business key is the case number. It follows the expected release date of one
 * release notice ({@code releaseReferralId}); the person's consent and the areas to coordinate are
 * the coordinator's assessment.
 */
@Entity
@Table(name = "trekant_adult_case")
public class AdultCase {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "open_person_id")
    private UUID openPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "release_referral_id")
    private UUID releaseReferralId;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    @Column(length = 10)
    private String consent;

    @Column(length = 100)
    private String areas;

    @Column(length = 64)
    private String coordinator;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(length = 30)
    private String outcome;

    @Column(name = "retention_until")
    private LocalDate retentionUntil;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected AdultCase() {
    }

    AdultCase(String caseNumber, UUID personId, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.caseNumber = caseNumber;
        this.personId = personId;
        this.openPersonId = personId;
        this.status = CaseStatus.OPEN;
        this.openedAt = openedAt;
    }

    /** From now on the case follows this release notice's expected date. */
    void followRelease(UUID referralId, LocalDate releaseDate) {
        this.releaseReferralId = referralId;
        this.releaseDate = releaseDate;
    }

    void releaseMoved(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    void assessed(String consent, List<String> areas, String coordinator, Instant at) {
        this.consent = consent;
        this.areas = areas.isEmpty() ? null : String.join(",", areas);
        this.coordinator = coordinator;
        this.assessedAt = at;
    }

    void close(String outcome, Instant at, LocalDate retentionUntil) {
        this.status = CaseStatus.CLOSED;
        this.openPersonId = null;
        this.outcome = outcome;
        this.closedAt = at;
        this.retentionUntil = retentionUntil;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public UUID getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public UUID getPersonId() {
        return personId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public UUID getReleaseReferralId() {
        return releaseReferralId;
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public String getConsent() {
        return consent;
    }

    public List<String> getAreas() {
        return areas == null ? List.of() : Arrays.asList(areas.split(","));
    }

    public String getCoordinator() {
        return coordinator;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getRetentionUntil() {
        return retentionUntil;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }
}
