package dk.trekant.intake;

import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * Why an accepted item could not be taken to its process, in Danish for the leader's task and from the
 * kind of failure only: an exception's message may quote the stored values (a database quotes the
 * value it refused), so it is never read. The SQL state and the exception class say enough for a
 * technician, and carry no personal data.
 */
final class RoutingFailure {

    private RoutingFailure() {
    }

    static String reason(Throwable failure) {
        String sqlState = sqlState(failure);
        String what;
        if (sqlState != null && sqlState.startsWith("22")) {
            what = "Databasen afviste en værdi (fx en tekst, der er for lang til sin kolonne).";
        } else if (sqlState != null && sqlState.startsWith("23") || has(failure, DataIntegrityViolationException.class)) {
            what = "Databasen afviste ændringen (en dublet eller en manglende henvisning).";
        } else if (has(failure, OptimisticLockingException.class) || has(failure, OptimisticLockingFailureException.class)
                || has(failure, PessimisticLockingFailureException.class) || has(failure, QueryTimeoutException.class)
                || sqlState != null && (sqlState.startsWith("40") || sqlState.startsWith("55"))) {
            what = "Sagen blev ændret samtidig af en anden, hver gang der blev prøvet (lås eller konflikt).";
        } else if (has(failure, ProcessEngineException.class)) {
            what = "Sagens proces kunne ikke startes eller fortsættes.";
        } else {
            what = "En uventet fejl.";
        }
        return what + " Teknisk: " + root(failure).getClass().getName() + (sqlState == null ? "" : ", SQL-tilstand " + sqlState) + ".";
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().replaceAll("[^0-9A-Z]", "");
            }
        }
        return null;
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
