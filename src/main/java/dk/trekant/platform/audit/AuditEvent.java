package dk.trekant.platform.audit;

import java.time.Instant;

/**
 * One entry of the audit trail: who did what to which personal data, when and why.
 *
 * @param actor      the staff member's user id, the partner's name, or {@code system}
 * @param subject    what kind of thing was read or changed
 * @param subjectId  its id (never a CPR number)
 * @param caseNumber the case it belongs to, if any
 * @param purpose    why: the endpoint, task or job that did it
 */
public record AuditEvent(Instant occurredAt, String actor, ActorKind actorKind, Action action, Subject subject,
        String subjectId, String caseNumber, String purpose) {

    public enum ActorKind {
        STAFF, PARTNER, SYSTEM
    }

    public enum Action {
        READ, CREATE, UPDATE, DELETE, EXPORT
    }

    public enum Subject {
        YOUTH, CASE, INCIDENT, REFERRAL, TASK, VARIABLES,
        /** An item a partner sent (any intake), while it waits in the intake queue or fails there. */
        INTAKE,
        /** A partner system's registration and credentials (issue, rotation, linked client or certificate). */
        PARTNER
    }
}
