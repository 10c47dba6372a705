package dk.trekant.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of a log line ({@code %m} in every pattern) without personal data. Trekant's own code
 * logs ids and kinds of failure only, so its lines are written as they are. A warning or error from
 * any other layer — Camunda, MyBatis, Hibernate, Spring, Tomcat, the JDBC drivers — is written as
 * its template, without the values put into it: those values are typically an exception's message,
 * and a database's message quotes the value it refused (a youth's name, an incident's text).
 * Camunda's "ENGINE-16004 Exception while closing command context: {}" reads
 * "ENGINE-16004 Exception while closing command context: […]"; the exception itself is written by
 * {@link SafeThrowableConverter}.
 */
public class SafeMessageConverter extends ClassicConverter {

    static final String OMITTED = "[…]";

    @Override
    public String convert(ILoggingEvent event) {
        if (isTrekant(event.getLoggerName()) || !event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return event.getFormattedMessage();
        }
        String template = event.getMessage();
        if (template == null) {
            return "";
        }
        Object[] arguments = event.getArgumentArray();
        if (arguments == null || arguments.length == 0) {
            // No arguments: the message may itself have been built from an exception's message.
            return event.getThrowableProxy() == null ? template : OMITTED;
        }
        return template.replace("{}", OMITTED);
    }

    static boolean isTrekant(String loggerName) {
        return loggerName != null && (loggerName.startsWith("dk.trekant.") || loggerName.startsWith("trekanttest."));
    }
}
