package dk.trekant.targeted.hotspot.process;

import java.math.BigDecimal;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotShiftReport;
import dk.trekant.targeted.hotspot.HotspotVariables;

/**
 * When a "Tryghedsskabende tilstedeværelse" shift is completed: the shift is kept with the
 * hotspot and its hours go into the hour log, under the preventer who took the shift.
 */
@Component("recordHotspotShift")
class RecordHotspotShiftListener implements TaskListener {

    private final HotspotService hotspots;

    RecordHotspotShiftListener(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void notify(DelegateTask task) {
        String preventer = HotspotFormValues.actor(task);
        if (preventer == null) {
            throw new IllegalArgumentException("Tag vagten (Claim), før du registrerer den.");
        }
        Number hours = HotspotFormValues.number(task, HotspotVariables.SHIFT_HOURS, "Timer");
        Number contacts = HotspotFormValues.number(task, HotspotVariables.CONTACT_COUNT, "Antal kontakter");
        HotspotShiftReport report = new HotspotShiftReport(
                HotspotFormValues.moment(task, HotspotVariables.SHIFT_START, "Start"),
                HotspotFormValues.moment(task, HotspotVariables.SHIFT_END, "Slut"),
                hours == null ? null : new BigDecimal(hours.toString()),
                contacts == null ? null : contacts.intValue(),
                HotspotFormValues.text(task, HotspotVariables.CONTACTS),
                HotspotFormValues.text(task, HotspotVariables.OBSERVATIONS),
                HotspotFormValues.yes(task, HotspotVariables.POLICE_PRESENT),
                HotspotFormValues.yes(task, HotspotVariables.GUARDS_PRESENT));
        hotspots.recordShift(UUID.fromString((String) task.getVariable(HotspotVariables.HOTSPOT_ID)), task.getId(),
                preventer, report);
    }
}
