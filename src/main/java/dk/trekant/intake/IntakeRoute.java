package dk.trekant.intake;

import java.util.UUID;

/**
 * How one kind of partner intake reaches its process: the one thing a feature writes for the
 * pipeline, beside its request type and its validator. The {@link IntakeRouter} calls
 * {@link #route} after the accepting transaction has committed, in a transaction of its own, with the
 * item's queue row locked: an item is routed exactly once, and when the transaction fails nothing of
 * the route is kept (the item waits for its next attempt).
 */
public interface IntakeRoute {

    /** The kind of item (its queue rows' {@code kind}), e.g. {@code INCIDENT}. Upper case, at most 32 characters. */
    String kind();

    /**
     * Takes the stored item to its process (starts it, or correlates with a running one) in the
     * caller's transaction, and writes its own audit entry. An item that is gone (deleted by retention) is no
     * error: nothing to route.
     */
    void route(UUID itemId);

    /** What the item is, in Danish, for the leader's task when it cannot be routed (no personal data). */
    String label(UUID itemId);
}
