package dk.trekant.individual.retention;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.springframework.transaction.support.TransactionTemplate;

/** Deletes due cases one by one, each in a transaction of its own: a case that fails is logged and tried again the next night. */
final class RetentionRuns {

    private RetentionRuns() {
    }

    static int deleteEach(TransactionTemplate transaction, List<UUID> due, Consumer<UUID> delete, Logger log, String what) {
        int deleted = 0;
        for (UUID caseId : due) {
            try {
                transaction.executeWithoutResult(status -> delete.accept(caseId));
                deleted++;
            } catch (RuntimeException e) {
                log.error("Retention: {} {} could not be deleted; trying again next time", what, caseId, e);
            }
        }
        return deleted;
    }
}
