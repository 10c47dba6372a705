package dk.trekant.targeted;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Fjern den unges oplysninger" (async, after the concern was handed on): the youth's name, date of
 * birth, school and the concern text leave the process history too — the youth case has them now,
 * and the outreach request or meeting keeps only the case number.
 * <p>
 * Two kinds of history hold them: the historic variable instances with their updates (deleted by
 * Camunda's API, including those already removed from the runtime: state DELETED, which a plain
 * query leaves out), and the form fields that Tasklist's {@code submit-form} writes to ACT_HI_DETAIL
 * (type {@code FormProperty}, no variable instance). Camunda has no API for single form-field
 * entries, so those rows of this process instance are deleted by their ids.
 */
@Component("purgeConcernDetails")
class PurgeConcernDetailsDelegate implements JavaDelegate {

    private final HistoryService historyService;
    private final JdbcTemplate jdbc;

    PurgeConcernDetailsDelegate(HistoryService historyService, JdbcTemplate jdbc) {
        this.historyService = historyService;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).includeDeleted().list()) {
            if (YouthConcern.isConcernVariable(variable.getName())) {
                historyService.deleteHistoricVariableInstance(variable.getId());
            }
        }
        for (Map<String, Object> field : jdbc.queryForList(
                "select ID_, NAME_ from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TYPE_ = 'FormProperty'", processInstanceId)) {
            if (YouthConcern.isConcernVariable(String.valueOf(field.get("NAME_")))) {
                jdbc.update("delete from ACT_HI_DETAIL where ID_ = ?", field.get("ID_"));
            }
        }
    }
}
