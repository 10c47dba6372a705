package dk.trekant.platform.logging;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * The exception of a log line ({@code %wEx} and its kin) as one line: the chain of exception classes,
 * the SQL state where there is one, and where it was thrown — never an exception's message, which
 * for a database, MyBatis or Camunda failure quotes the values of the statement (personal data).
 * Exceptions of Trekant's own types keep their message (Trekant writes ids there, never personal
 * data). One failure is one line, however often it repeats, instead of a stack trace each time.
 */
public class SafeThrowableConverter extends ThrowableHandlingConverter {

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        return "    ! " + describe(proxy) + CoreConstants.LINE_SEPARATOR;
    }

    static String describe(IThrowableProxy first) {
        StringBuilder line = new StringBuilder();
        String thrownAt = null;
        String trekantFrame = null;
        Map<IThrowableProxy, Boolean> seen = new IdentityHashMap<>();
        for (IThrowableProxy proxy = first; proxy != null && seen.put(proxy, true) == null; proxy = proxy.getCause()) {
            if (!line.isEmpty()) {
                line.append(" <- ");
            }
            line.append(proxy.getClassName());
            if (proxy.getClassName().startsWith("dk.trekant.") && proxy.getMessage() != null) {
                line.append(": ").append(proxy.getMessage());
            }
            String sqlState = sqlState(proxy);
            if (sqlState != null) {
                line.append(" (SQL state ").append(sqlState).append(')');
            }
            StackTraceElementProxy[] frames = proxy.getStackTraceElementProxyArray();
            if (frames != null && frames.length > 0) {
                thrownAt = frames[0].getStackTraceElement().toString();
                if (trekantFrame == null) {
                    for (StackTraceElementProxy frame : frames) {
                        if (frame.getStackTraceElement().getClassName().startsWith("dk.trekant.")) {
                            trekantFrame = frame.getStackTraceElement().toString();
                            break;
                        }
                    }
                }
            }
        }
        if (thrownAt != null) {
            line.append(" — thrown at ").append(thrownAt);
        }
        if (trekantFrame != null && !trekantFrame.equals(thrownAt)) {
            line.append(", from ").append(trekantFrame);
        }
        return line.toString();
    }

    private static String sqlState(IThrowableProxy proxy) {
        if (proxy instanceof ThrowableProxy real && real.getThrowable() instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().replaceAll("[^0-9A-Za-z]", "");
        }
        return null;
    }
}
