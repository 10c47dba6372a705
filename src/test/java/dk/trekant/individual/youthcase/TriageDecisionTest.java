package dk.trekant.individual.youthcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The triage table (hit policy FIRST) evaluated with a standalone DMN engine. */
class TriageDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision triage;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = TriageDecisionTest.class.getClassLoader().getResourceAsStream("processes/individual/triage.dmn")) {
            triage = engine.parseDecision("triage", in);
        }
    }

    @ParameterizedTest(name = "{0} år, {1}, {2}, {3} tidligere, kendt={4} -> {5} {6}")
    @CsvSource({
            // age, offence, role, earlier, known, level, urgency
            "11, VOLD,         MISTAENKT,  0, false, INDIVIDUEL, AKUT",
            "10, VAABEN,       SIGTET,     0, true,  INDIVIDUEL, AKUT",
            "16, ROEVERI,      SIGTET,     2, false, INDIVIDUEL, AKUT",
            "16, VOLD,         MISTAENKT,  0, false, INDIVIDUEL, NORMAL",
            "15, TYVERI,       MISTAENKT,  2, false, INDIVIDUEL, NORMAL",
            "17, HAERVAERK,    SIGTET,     5, true,  INDIVIDUEL, NORMAL",
            "11, TYVERI,       MISTAENKT,  0, false, INDIVIDUEL, NORMAL",
            "14, TYVERI,       MISTAENKT,  0, true,  MAALRETTET, NORMAL",
            "14, HAERVAERK,    MISTAENKT,  1, false, MAALRETTET, NORMAL",
            "16, NARKO,        SIGTET,     0, false, MAALRETTET, NORMAL",
            "13, VOLD,         FORURETTET, 0, false, MAALRETTET, NORMAL",
            "13, CHIKANE_GENE, FORURETTET, 2, false, MAALRETTET, NORMAL",
            "13, TYVERI,       FORURETTET, 0, false, GENEREL,    NORMAL",
            "9,  VOLD,         VIDNE,      0, false, GENEREL,    NORMAL",
            "15, TRAFIK,       MISTAENKT,  0, false, GENEREL,    NORMAL",
            "15, ANDET,        SIGTET,     0, false, GENEREL,    NORMAL",
    })
    void proposesLevelAndUrgency(int age, String offence, String role, int earlier, boolean known,
                                 String level, String urgency) {
        DmnDecisionResultEntries result = evaluate(age, offence, role, earlier, known);
        assertThat((String) result.get("proposedLevel")).isEqualTo(level);
        assertThat((String) result.get("urgency")).isEqualTo(urgency);
        assertThat((String) result.get("triageReason")).isNotBlank();
    }

    @Test
    void aVictimOrWitnessIsNeverProposedAnIndividualLevel() {
        for (String role : new String[] {"FORURETTET", "VIDNE"}) {
            for (String offence : new String[] {"VOLD", "VAABEN", "ROEVERI", "TYVERI", "HAERVAERK", "NARKO", "TRAFIK", "CHIKANE_GENE", "ANDET"}) {
                for (int age : new int[] {8, 11, 12, 15, 17}) {
                    for (int earlier : new int[] {0, 1, 2, 6}) {
                        DmnDecisionResultEntries result = evaluate(age, offence, role, earlier, true);
                        assertThat((String) result.get("proposedLevel")).isNotEqualTo("INDIVIDUEL");
                        assertThat((String) result.get("urgency")).isEqualTo("NORMAL");
                    }
                }
            }
        }
    }

    @Test
    void theReasonIsDanishText() {
        assertThat((String) evaluate(11, "VOLD", "MISTAENKT", 0, false).get("triageReason")).startsWith("Under 12 år");
        assertThat((String) evaluate(15, "ANDET", "SIGTET", 0, false).get("triageReason"))
                .startsWith("Ingen særlige risikofaktorer");
    }

    private DmnDecisionResultEntries evaluate(int age, String offence, String role, int earlier, boolean known) {
        return engine.evaluateDecision(triage, Variables.createVariables()
                        .putValue("age", age)
                        .putValue("offenceCategory", offence)
                        .putValue("role", role)
                        .putValue("earlierIncidents12m", earlier)
                        .putValue("knownToSocialServices", known))
                .getSingleResult();
    }
}
