package dk.trekant.general;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Registrér aflysning": the course is cancelled, by the school (API) or by the consultant (planning). */
@Component("cancelTeaching")
class CancelTeachingDelegate implements JavaDelegate {

    private final TeachingService teaching;

    CancelTeachingDelegate(TeachingService teaching) {
        this.teaching = teaching;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object source = execution.getVariable(TeachingVariables.CANCELLATION_SOURCE);
        Object reason = execution.getVariable(TeachingVariables.CANCELLATION_REASON);
        teaching.recordCancelled(UUID.fromString((String) execution.getVariable(TeachingVariables.REQUEST_ID)),
                source == null ? "STAFF" : source.toString(), reason == null ? null : reason.toString());
    }
}
