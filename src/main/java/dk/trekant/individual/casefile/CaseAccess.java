package dk.trekant.individual.casefile;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import dk.trekant.platform.identity.StaffGroups;


/**
 * Who may read a case: leaders read every case; anyone else reads a case while one of their groups
 * has or had a task in it (a candidate group of any of its tasks, running or completed), or they
 * were assigned one of its tasks. A case's process instances carry its number as business key.
 */
@Component
class CaseAccess {

    private final HistoryService historyService;

    CaseAccess(HistoryService historyService) {
        this.historyService = historyService;
    }

    boolean mayRead(String userId, List<String> groups, String caseNumber) {
        if (groups.contains(StaffGroups.LEDER)) {
            return true;
        }
        for (String group : groups) {
            if (historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .taskHadCandidateGroup(group).count() > 0) {
                return true;
            }
        }
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                .taskAssignee(userId).count() > 0;
    }

    /** The case number of the process a task (running or done) belongs to, if any. */
    String caseNumberOfTask(String taskId) {
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return null;
        }
        var instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
