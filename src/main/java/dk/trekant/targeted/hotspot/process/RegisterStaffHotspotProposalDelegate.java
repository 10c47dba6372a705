package dk.trekant.targeted.hotspot.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.hotspot.HotspotLocation;
import dk.trekant.targeted.hotspot.HotspotProposal;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotVariables;

/**
 * "Registrér hotspotforslag": a proposal a staff member entered in Tasklist's start form becomes
 * a hotspot; the process then carries the hotspot's id as its business key.
 */
@Component("registerStaffHotspotProposal")
class RegisterStaffHotspotProposalDelegate implements JavaDelegate {

    private final HotspotService hotspots;

    RegisterStaffHotspotProposalDelegate(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number latitude = HotspotFormValues.number(execution, HotspotVariables.LATITUDE, "Breddegrad");
        Number longitude = HotspotFormValues.number(execution, HotspotVariables.LONGITUDE, "Længdegrad");
        HotspotProposal proposal = new HotspotProposal(null,
                HotspotFormValues.text(execution, HotspotVariables.AREA_NAME),
                new HotspotLocation(HotspotFormValues.text(execution, HotspotVariables.ADDRESS), decimal(latitude), decimal(longitude)),
                HotspotFormValues.text(execution, HotspotVariables.PROPOSAL_REASON),
                HotspotFormValues.text(execution, HotspotVariables.TIMES_OF_DAY),
                HotspotFormValues.text(execution, HotspotVariables.PROPOSED_BY));
        var variables = hotspots.proposeByStaff(proposal, (String) execution.getVariable(HotspotVariables.PROPOSER_USER),
                execution.getProcessInstanceId());
        execution.setProcessBusinessKey((String) variables.get(HotspotVariables.HOTSPOT_ID));
        execution.setVariables(variables);
    }

    private static BigDecimal decimal(Number number) {
        return number == null ? null : new BigDecimal(number.toString());
    }
}
