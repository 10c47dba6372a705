package dk.trekant.individual.youthcase;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The underretning's sections are shown in "Gennemse underretning" through task-local variables
 * (a Camunda Form can show nothing else); the text itself is kept in {@code trekant_case_document}.
 * So that it is not kept a second time, for years, in Camunda's history ({@code ACT_HI_VARINST},
 * {@code ACT_HI_DETAIL}), no history is written for these variables, nor for the form fields of the same names.
 */
@Component
class ReviewTextsOutOfHistory extends AbstractProcessEnginePlugin {

    static final Set<String> UNRECORDED = Set.of(YouthCaseVariables.HANDOVER_REASON, YouthCaseVariables.HANDOVER_OBSERVED,
            YouthCaseVariables.HANDOVER_ACTIONS, YouthCaseVariables.HANDOVER_REVIEW_COMMENT);

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filtering(configuration.getHistoryEventHandler()));
    }

    /** Variable instances and their updates, and the submitted form's fields ({@code FormProperty} details). */
    static boolean recorded(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return !UNRECORDED.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity property) {
            return !UNRECORDED.contains(property.getPropertyId());
        }
        return true;
    }

    private record Filtering(HistoryEventHandler delegate) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (recorded(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            delegate.handleEvents(events.stream().filter(ReviewTextsOutOfHistory::recorded).toList());
        }
    }
}
