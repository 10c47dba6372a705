package dk.trekant.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On H2 only: an index on Camunda's {@code ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)}, made once the
 * engine has created its tables (so not by Flyway, which runs before). The engine reads an
 * execution's variables with {@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}, and H2 chooses between
 * the index on {@code EXECUTION_ID_} and the one on {@code TASK_ID_} by the statistics of its
 * automatic ANALYZE, which samples rows. Both columns come out at about 10 % distinct values (ten
 * variables per execution; one variable in ten belongs to a task), so a sample may rate
 * {@code TASK_ID_} the more selective; H2 then reads every process variable ({@code TASK_ID_ IS NULL})
 * for each look-up, and the intake router fell from about 50 to 14 incidents a second in one
 * benchmark run (jstack: every sample in that query). An index on both columns wins over both
 * one-column indexes whichever way the sample falls. PostgreSQL's planner needs no help here.
 */
@Component
class H2EngineIndexes {

    private static final Logger log = LoggerFactory.getLogger(H2EngineIndexes.class);
    static final String INDEX = "TREKANT_IDX_VAR_EXEC_TASK";

    H2EngineIndexes(DataSource dataSource, ProcessEngine engineWithItsTables) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index if not exists " + INDEX + " on ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            log.debug("H2: index {} on ACT_RU_VARIABLE in place", INDEX);
        }
    }
}
