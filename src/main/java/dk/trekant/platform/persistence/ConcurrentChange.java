package dk.trekant.platform.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one retry policy of Trekant's intakes: two requests racing for the same new person, case or
 * reference meet at a unique key (or at the optimistic lock of the same case or process instance);
 * the loser starts over in a new transaction — up to eight times, after a short random pause — and
 * then finds what the winner stored.
 */
public final class ConcurrentChange {

    private static final int ATTEMPTS = 8;
    private static final Logger log = LoggerFactory.getLogger(ConcurrentChange.class);

    private ConcurrentChange() {
    }

    public static <T> T inTransaction(TransactionTemplate transaction, Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (DataIntegrityViolationException | OptimisticLockingException | OptimisticLockingFailureException raced) {
                last = raced;
                log.debug("attempt {} met a concurrent change ({}); retrying", attempt, raced.getClass().getSimpleName());
                pause(attempt);
            }
        }
        throw last;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5L * attempt, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
