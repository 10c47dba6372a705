package dk.trekant.individual.personmerge;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a merge did: the ids, what moved, which open case was kept and which closed. */
@Schema(name = "PersonMergeResult")
public record PersonMergeResult(UUID mergeId, UUID keptPersonId, UUID mergedPersonId, int incidentsMoved, int casesMoved,
        int referralsMoved, String keptCaseNumber, String closedCaseNumber, boolean cprTakenOver, String mergedBy,
        Instant mergedAt) {
}
