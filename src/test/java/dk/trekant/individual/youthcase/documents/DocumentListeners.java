package dk.trekant.individual.youthcase.documents;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The documents' task listeners for the youth case's process test, which lives in the package
 * {@code youthcase}: the listeners themselves stay package-private beans, as every delegate.
 */
public final class DocumentListeners {

    private DocumentListeners() {
    }

    public static TaskListener prepareHandoverReview(HandoverDrafts drafts) {
        return new PrepareHandoverReviewListener(drafts);
    }

    public static TaskListener recordHandoverReview(HandoverDrafts drafts) {
        return new RecordHandoverReviewListener(drafts);
    }

    public static TaskListener recordLetterDispatch(ParentLetters letters) {
        return new RecordLetterDispatchListener(letters);
    }
}
