package dk.trekant.targeted;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * "Fjern den unges oplysninger" (async, after the concern was handed on): the youth's name, date of
 * birth, school and the concern text leave the process history too — the youth case has them now,
 * and the outreach request or meeting keeps only the case number. Deletes the historic variable
 * instances (with their updates) of the concern fields of this process instance.
 */
@Component("purgeConcernDetails")
class PurgeConcernDetailsDelegate implements JavaDelegate {

    private final HistoryService historyService;

    PurgeConcernDetailsDelegate(HistoryService historyService) {
        this.historyService = historyService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).list()) {
            if (YouthConcern.isConcernVariable(variable.getName())) {
                historyService.deleteHistoricVariableInstance(variable.getId());
            }
        }
    }
}
