package dk.trekant.individual.youthcase;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.individual.incident.IncidentFacts;

/** "Registrér hændelse" (and "Registrér ny hændelse"): puts the facts the triage and the coordinator need into the case. */
@Component("registerIncident")
class RegisterIncidentDelegate implements JavaDelegate {

    private final CaseFileService caseFile;

    RegisterIncidentDelegate(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IncidentFacts facts = caseFile.register(UUID.fromString((String) execution.getVariable(YouthCaseVariables.INCIDENT_ID)));
        execution.setVariables(variables(facts));
    }

    static Map<String, Object> variables(IncidentFacts facts) {
        HashMap<String, Object> variables = new HashMap<>();
        variables.put("youthId", facts.youthId());
        variables.put("youthName", facts.youthName());
        variables.put("youthAge", facts.youthAge());
        variables.put("offenceCategory", facts.offenceCategory());
        variables.put("role", facts.role());
        variables.put("earlierIncidents12m", facts.earlierIncidents12m());
        variables.put("knownToSocialServices", facts.knownToSocialServices());
        variables.put("incidentSummary", facts.incidentSummary());
        return variables;
    }
}
