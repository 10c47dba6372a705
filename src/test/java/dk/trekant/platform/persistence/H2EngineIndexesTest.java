package dk.trekant.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.trekant.support.TrekantTest;

/**
 * The engine's look-up of an execution's variables keeps to an index on the execution whatever
 * H2's sampled statistics say. Both columns sample at about 10 % distinct values (ten variables per
 * execution; one variable in ten is a task's), so a sample may rate TASK_ID_ the more selective, as
 * here (12 against 8), which made H2 read every process variable per look-up; the plan still uses
 * Trekant's index.
 */
@TrekantTest
class H2EngineIndexesTest {

    /** The WHERE of Camunda's selectVariablesByExecutionId (mapping VariableInstance.xml, 7.24). */
    private static final String ENGINE_LOOK_UP = """
            explain select RES.* from ACT_RU_VARIABLE RES
            left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_
            left join ACT_RU_EXECUTION PARENT_EXECUTION on EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_
            where EXECUTION_ID_ = ? and TASK_ID_ is null""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExecutionsVariablesAreFoundByTheExecutionEvenWithMisleadingStatistics() {
        assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes where index_name = ?", Integer.class,
                H2EngineIndexes.INDEX)).isEqualTo(1);
        int taskSelectivity = selectivity("TASK_ID_");
        int executionSelectivity = selectivity("EXECUTION_ID_");
        try {
            jdbc.execute("alter table ACT_RU_VARIABLE alter column TASK_ID_ selectivity 12");
            jdbc.execute("alter table ACT_RU_VARIABLE alter column EXECUTION_ID_ selectivity 8");
            String plan = jdbc.queryForObject(ENGINE_LOOK_UP, String.class, "some-execution");
            assertThat(plan).contains(H2EngineIndexes.INDEX + ": EXECUTION_ID_ = ?1").doesNotContain("ACT_IDX_VARIABLE_TASK");

            jdbc.execute("drop index " + H2EngineIndexes.INDEX);
            assertThat(jdbc.queryForObject(ENGINE_LOOK_UP, String.class, "some-execution"))
                    .as("without it, these statistics send H2 through every variable without a task")
                    .contains("ACT_IDX_VARIABLE_TASK");
        } finally {
            jdbc.execute("create index if not exists " + H2EngineIndexes.INDEX + " on ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)");
            jdbc.execute("alter table ACT_RU_VARIABLE alter column TASK_ID_ selectivity " + taskSelectivity);
            jdbc.execute("alter table ACT_RU_VARIABLE alter column EXECUTION_ID_ selectivity " + executionSelectivity);
        }
    }

    private int selectivity(String column) {
        return jdbc.queryForObject("select selectivity from information_schema.columns where table_name = 'ACT_RU_VARIABLE' "
                + "and column_name = ?", Integer.class, column);
    }
}
