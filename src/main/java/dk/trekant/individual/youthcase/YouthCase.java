package dk.trekant.individual.youthcase;

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

/** A youth case (ungesag): at most one open per youth; its process instance's business key is the case number. */
@Entity
@Table(name = "trekant_youth_case")
public class YouthCase {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(name = "youth_id", nullable = false)
    private UUID youthId;

    @Column(name = "open_youth_id")
    private UUID openYouthId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "proposed_level", length = 20)
    private String proposedLevel;

    @Column(length = 10)
    private String urgency;

    @Column(name = "decided_level", length = 20)
    private String decidedLevel;

    @Column(length = 30)
    private String decision;

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

    protected YouthCase() {
    }

    public YouthCase(String caseNumber, UUID youthId, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.caseNumber = caseNumber;
        this.youthId = youthId;
        this.openYouthId = youthId;
        this.status = CaseStatus.OPEN;
        this.openedAt = openedAt;
    }

    void triaged(String proposedLevel, String urgency) {
        this.proposedLevel = proposedLevel;
        this.urgency = urgency;
    }

    void assessed(String decidedLevel, String decision, String coordinator, Instant at) {
        this.decidedLevel = decidedLevel;
        this.decision = decision;
        this.coordinator = coordinator;
        this.assessedAt = at;
    }

    void close(String outcome, Instant at, LocalDate retentionUntil) {
        this.status = CaseStatus.CLOSED;
        this.openYouthId = null;
        this.outcome = outcome;
        this.closedAt = at;
        this.retentionUntil = retentionUntil;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public UUID getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public UUID getYouthId() {
        return youthId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getProposedLevel() {
        return proposedLevel;
    }

    public String getUrgency() {
        return urgency;
    }

    public String getDecidedLevel() {
        return decidedLevel;
    }

    public String getDecision() {
        return decision;
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
