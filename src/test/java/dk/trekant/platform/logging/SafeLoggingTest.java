package dk.trekant.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.CoreConstants;

/**
 * A real database failure, as H2 reports it (quoting the value it refused), written through the
 * conversion words of logback-spring.xml: the line names the exception classes and the SQL state,
 * and carries neither the name nor the text that was sent.
 */
class SafeLoggingTest {

    private static final String NAME = "Freja Sørensen-Holm";
    private static final String TEXT = "Slog en dreng ned ved Taastrup Station";

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @Test
    void aDatabaseFailureFromAnotherLayerIsLoggedWithoutTheValuesItQuotes() throws Exception {
        SQLException refused = refusedInsert();
        assertThat(refused.getMessage()).as("H2 quotes the value it refused").contains("Freja");
        RuntimeException wrapped = new IllegalStateException("ENGINE-03083 Exception while executing Batch Database Operations "
                + "with message '" + refused.getMessage() + "'", refused);

        String line = layout().doLayout(event("org.camunda.bpm.engine.context", Level.ERROR,
                "ENGINE-16004 Exception while closing command context: {}", new Object[] {wrapped.getMessage(), wrapped}, wrapped));

        assertThat(line).doesNotContain("Freja").doesNotContain("Sørensen").doesNotContain("Taastrup").doesNotContain("Slog");
        assertThat(line).contains("ENGINE-16004 Exception while closing command context: […]")
                .contains("java.lang.IllegalStateException <- org.h2.jdbc.JdbcSQLDataException (SQL state 22001)")
                .contains("thrown at ");
        assertThat(line.split(CoreConstants.LINE_SEPARATOR)).as("one line for the message, one for the failure").hasSize(2);
    }

    @Test
    void trekantsOwnLinesAndOtherLayersInformationAreWrittenAsTheyAre() {
        PatternLayout layout = layout();
        assertThat(layout.doLayout(event("dk.trekant.intake.IntakeRouter", Level.WARN,
                "incident {} could not be routed to its case (attempt {} of {})", new Object[] {"4f1c", 2, 10}, null)))
                .contains("incident 4f1c could not be routed to its case (attempt 2 of 10)");
        assertThat(layout.doLayout(event("org.apache.catalina.core.StandardService", Level.INFO, "Starting service [{}]",
                new Object[] {"Tomcat"}, null))).contains("Starting service [Tomcat]");
        assertThat(layout.doLayout(event("org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver", Level.WARN,
                "Resolved [" + NAME + "]", null, null))).contains("Resolved [" + NAME + "]")
                .as("a third party's warning built without arguments and without exception is its own text");
    }

    @Test
    void aTrekantExceptionKeepsItsMessageAndAChainIsOneLine() {
        Exception own = new dk.trekant.platform.web.InvalidRequestException(java.util.List.of());
        String line = SafeThrowableConverter.describe(new ch.qos.logback.classic.spi.ThrowableProxy(
                new RuntimeException(NAME, new RuntimeException(TEXT, own))));
        assertThat(line).startsWith("java.lang.RuntimeException <- java.lang.RuntimeException <- dk.trekant.platform.web.InvalidRequestException")
                .doesNotContain(NAME).doesNotContain(TEXT).doesNotContain(CoreConstants.LINE_SEPARATOR);
    }

    private static SQLException refusedInsert() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:safe-logging"); Statement ddl = db.createStatement()) {
            ddl.execute("create table youth (name varchar(10))");
            try (PreparedStatement insert = db.prepareStatement("insert into youth (name) values (?)")) {
                insert.setString(1, NAME + ": " + TEXT);
                insert.executeUpdate();
            } catch (SQLException refused) {
                return refused;
            }
        }
        throw new AssertionError("H2 stored a value longer than its column");
    }

    private PatternLayout layout() {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("m", SafeMessageConverter::new);
        layout.getInstanceConverterMap().put("wEx", SafeThrowableConverter::new);
        layout.setPattern("%-5level %logger{39} : %m%n%wEx");
        layout.start();
        return layout;
    }

    private LoggingEvent event(String loggerName, Level level, String template, Object[] arguments, Throwable thrown) {
        Logger logger = context.getLogger(loggerName);
        return new LoggingEvent(Logger.class.getName(), logger, level, template, thrown, arguments);
    }
}
