package dk.trekant.targeted.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.trekant.platform.time.TrekantZone;
import dk.trekant.targeted.FormValues;
import dk.trekant.targeted.YouthConcern;

/**
 * When "Registrér indsats" is completed: the hours go to the team's hour log (kind by the request's
 * kind, source OUTREACH_REQUEST, this task), contacts and notes to the request. A concern about a
 * youth is checked here, so that a wrong date of birth is refused before anything is stored.
 */
@Component("recordOutreachEffort")
class RecordOutreachEffortListener implements TaskListener {

    private final OutreachRequestService outreach;
    private final IdentityService identityService;
    private final Clock clock = Clock.systemUTC();

    RecordOutreachEffortListener(OutreachRequestService outreach, IdentityService identityService) {
        this.outreach = outreach;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate today = LocalDate.now(clock.withZone(TrekantZone.get()));
        LocalDate workDate = FormValues.date(task, "workDate", "Dato for indsatsen");
        if (workDate.isAfter(today)) {
            throw new IllegalArgumentException("Dato for indsatsen ligger i fremtiden.");
        }
        var hours = FormValues.hours(task, "hours", "Timer");
        Integer contacts = FormValues.count(task, "contacts", 10_000, "Antal kontakter");
        String notes = FormValues.optionalText(task, "effortNotes", 4000, "Noter");
        if (FormValues.yes(task, OutreachVariables.FOLLOW_UP_NEEDED)) {
            YouthConcern.read(task, OutreachVariables.CONCERN_PREFIX, "Bekymring for en ung", today);
        } else {
            // a name typed and then left (the fields were hidden again) is not kept
            task.removeVariables(YouthConcern.variableNames(OutreachVariables.CONCERN_PREFIX));
        }
        outreach.recordEffort(UUID.fromString((String) task.getVariable(OutreachVariables.REQUEST_ID)),
                FormValues.staffUser(task, identityService), task.getId(), workDate, hours,
                FormValues.yes(task, "withPolice"), contacts, notes);
    }
}
