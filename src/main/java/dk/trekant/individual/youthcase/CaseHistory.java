package dk.trekant.individual.youthcase;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A case's data in Camunda, found by its business key (the case number): the process instances,
 * their variables, tasks, comments, attachments, decisions and operation log. Retention deletes it
 * with the case.
 */
@Component
public class CaseHistory {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    CaseHistory(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /** Deletes everything Camunda holds about the case (business key = case number), running or historic. */
    public void erase(String caseNumber) {
        for (ProcessInstance running : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()) {
            runtimeService.deleteProcessInstance(running.getId(), "Opbevaringsfrist udløbet", true, true);
        }
        List<String> instanceIds = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        if (instanceIds.isEmpty()) {
            return;
        }
        // Comments, attachments, variables, details, tasks, activities, incidents, identity links and
        // job logs go with the historic process instances; decisions and the operation log are separate.
        for (String instanceId : instanceIds) {
            for (HistoricDecisionInstance decision : historyService.createHistoricDecisionInstanceQuery()
                    .processInstanceId(instanceId).list()) {
                historyService.deleteHistoricDecisionInstanceByInstanceId(decision.getId());
            }
            for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery().processInstanceId(instanceId).list()) {
                historyService.deleteUserOperationLogEntry(entry.getId());
            }
        }
        historyService.deleteHistoricProcessInstances(instanceIds);
    }
}
