package dk.trekant.individual.adultcase;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Registrér henvendelse" (and "Registrér ny henvendelse"): puts what the coordinator needs about the referral into the case. */
@Component("registerAdultReferral")
class RegisterAdultReferralDelegate implements JavaDelegate {

    private final AdultCaseFileService caseFile;
    private final ReleaseClock releaseClock;

    RegisterAdultReferralDelegate(AdultCaseFileService caseFile, ReleaseClock releaseClock) {
        this.caseFile = caseFile;
        this.releaseClock = releaseClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdultReferralFacts facts = caseFile.register(
                UUID.fromString((String) execution.getVariable(AdultCaseVariables.REFERRAL_ID)));
        Map<String, Object> variables = new HashMap<>();
        variables.put("personId", facts.personId());
        variables.put("personName", facts.personName());
        variables.put("personAge", facts.personAge());
        variables.put("referralSummary", facts.referralSummary());
        variables.put("institutionName", facts.institutionName());
        variables.put("reasonCategory", facts.reasonCategory());
        variables.put(AdultCaseVariables.RELEASE_DATE, releaseClock.releaseDate(facts.releaseDate()));
        variables.put(AdultCaseVariables.RELEASE_MEETING_REMINDER, releaseClock.reminder(facts.releaseDate()));
        variables.put(AdultCaseVariables.RELEASE_DATE_TEXT, ReleaseClock.danish(facts.releaseDate()));
        execution.setVariables(variables);
    }
}
