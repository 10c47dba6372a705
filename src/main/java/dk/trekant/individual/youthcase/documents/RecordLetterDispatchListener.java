package dk.trekant.individual.youthcase.documents;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.individual.youthcase.YouthCaseVariables;

/** When "Send informationsbrev til forældre" is completed: how and when the letter was sent goes into the case file. */
@Component("recordLetterDispatch")
class RecordLetterDispatchListener implements TaskListener {

    private final ParentLetters letters;

    RecordLetterDispatchListener(ParentLetters letters) {
        this.letters = letters;
    }

    @Override
    public void notify(DelegateTask task) {
        letters.recordSent(UUID.fromString((String) task.getVariable(YouthCaseVariables.PARENT_LETTER_DOCUMENT_ID)),
                text(task, YouthCaseVariables.LETTER_CHANNEL), text(task, YouthCaseVariables.LETTER_SENT_ON),
                task.getAssignee());
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(dk.trekant.platform.time.TrekantZone.get()).toLocalDate().toString();
        }
        return value == null ? null : value.toString();
    }
}
