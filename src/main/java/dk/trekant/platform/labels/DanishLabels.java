package dk.trekant.platform.labels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that says how a code reads in Danish: {@code INDIVIDUEL} is "Individuel",
 * {@code MISTAENKT} "Mistænkt". Reports use {@link #label(Kind, String)}; the task forms show codes
 * through selects whose options are these labels, and {@code FormLabelsTest} holds every form to
 * them (a form never shows a code as text). The enums that name themselves in Danish (release reason,
 * institution) take their wording from here, so there is only one.
 */
public final class DanishLabels {

    /** The kinds of code staff meet. */
    public enum Kind {
        LEVEL, URGENCY, OFFENCE_CATEGORY, YOUTH_ROLE, RELEASE_REASON, INSTITUTION_KIND, ADULT_AREA, PARTNER_KIND,
        /** The coordinator's decision in a youth case (also the outcome a closed youth case keeps). */
        DECISION,
        /** Where an incident came from. */
        INCIDENT_SOURCE,
        CASE_STATUS,
        /** How a parent dialogue went. */
        DIALOGUE_OUTCOME,
        DOCUMENT_KIND,
        /** How a letter was sent (recorded by hand in "Send informationsbrev til forældre"). */
        LETTER_CHANNEL
    }

    private static final Map<Kind, Map<String, String>> LABELS = Map.ofEntries(
            Map.entry(Kind.LEVEL, ordered("GENEREL", "Generel", "MAALRETTET", "Målrettet", "INDIVIDUEL", "Individuel")),
            Map.entry(Kind.URGENCY, ordered("AKUT", "Akut", "NORMAL", "Normal")),
            Map.entry(Kind.OFFENCE_CATEGORY, ordered("VOLD", "Vold", "VAABEN", "Våben", "ROEVERI", "Røveri", "TYVERI", "Tyveri",
                    "HAERVAERK", "Hærværk", "NARKO", "Narkotika", "TRAFIK", "Trafik", "CHIKANE_GENE", "Chikane og gener",
                    "ANDET", "Andet")),
            Map.entry(Kind.YOUTH_ROLE, ordered("MISTAENKT", "Mistænkt", "SIGTET", "Sigtet", "FORURETTET", "Forurettet",
                    "VIDNE", "Vidne")),
            // as they read in a sentence ("... efter prøveløsladelse"); label() capitalises them for lists
            Map.entry(Kind.RELEASE_REASON, ordered("PROEVELOESLADELSE", "prøveløsladelse", "ENDT_AFSONING", "endt afsoning",
                    "VARETAEGT_OPHOERER", "varetægtsfængsling ophører", "UDSLUSNING_FRA_ANBRINGELSE",
                    "udslusning fra anbringelse (under 18 år)", "RADIKALISERING", "løsladelse efter radikalisering",
                    "ANDET", "andet")),
            Map.entry(Kind.INSTITUTION_KIND, ordered("FAENGSEL", "fængsel", "ARRESTHUS", "arresthus", "PENSION",
                    "Kriminalforsorgens pension", "SIKRET_INSTITUTION", "sikret institution", "ANDEN_ANBRINGELSE",
                    "anden anbringelse")),
            Map.entry(Kind.ADULT_AREA, ordered("HOUSING", "Bolig", "INCOME", "Forsørgelse", "JOB_EDUCATION", "Job og uddannelse",
                    "TREATMENT", "Behandling (misbrug/psykiatri)")),
            Map.entry(Kind.PARTNER_KIND, ordered("POLICE", "Politi", "SCHOOL", "Skole", "CLUB", "Klub", "HOUSING", "Boligselskab",
                    "GUARDS", "Vægtere", "WORKPLACE", "Arbejdsplads", "KRIMINALFORSORGEN", "Kriminalforsorgen")),
            Map.entry(Kind.DECISION, ordered("NO_ACTION", "Ingen yderligere indsats (informationsbrev)",
                    "PARENT_DIALOGUE", "Forældresamtale", "HANDOVER", "Underretning til socialforvaltningen",
                    "DIALOGUE_THEN_HANDOVER", "Forældresamtale og derefter underretning", "CLOSED", "Lukket",
                    "MERGED", "Lukket ved fletning af to personer")),
            Map.entry(Kind.INCIDENT_SOURCE, ordered("SECTION_115", "§115-underretning fra politiet",
                    "CONCERN", "Bekymringshenvendelse", "JOINT_MEETING", "Bekymring fra fælles forebyggelsesmøde")),
            Map.entry(Kind.CASE_STATUS, ordered("OPEN", "Åben", "CLOSED", "Lukket")),
            Map.entry(Kind.DIALOGUE_OUTCOME, ordered("CONCLUDED", "Samtalen er gennemført",
                    "NEEDS_HANDOVER", "Samtalen er gennemført, og der er behov for underretning",
                    "NO_SHOW", "Familien mødte ikke op")),
            Map.entry(Kind.DOCUMENT_KIND, ordered("HANDOVER", "Underretning", "PARENT_LETTER", "Informationsbrev til forældre")),
            Map.entry(Kind.LETTER_CHANNEL, ordered("DIGITAL_POST", "e-Boks/Digital Post (sendt manuelt)", "LETTER", "Brev",
                    "IN_PERSON", "Udleveret personligt")));

    /** Which kind of code each process variable that a form shows holds. */
    public static final Map<String, Kind> FORM_FIELDS = Map.of(
            "proposedLevel", Kind.LEVEL,
            "decidedLevel", Kind.LEVEL,
            "urgency", Kind.URGENCY,
            "reasonCategory", Kind.RELEASE_REASON,
            "areas", Kind.ADULT_AREA);

    private DanishLabels() {
    }

    /** The Danish label of a code, as a list or a form shows it; an unknown code is shown as it is rather than hidden. */
    public static String label(Kind kind, String code) {
        if (code == null) {
            return "";
        }
        return capitalised(LABELS.get(kind).getOrDefault(code, code));
    }

    /** The Danish label of a code as it reads inside a sentence (e.g. "prøveløsladelse"). */
    public static String inSentence(Kind kind, String code) {
        return code == null ? "" : LABELS.get(kind).getOrDefault(code, code);
    }

    /** Every code of a kind with its label (as {@link #label} gives it), in the order staff meet them. */
    public static Map<String, String> labels(Kind kind) {
        Map<String, String> labels = new LinkedHashMap<>();
        LABELS.get(kind).forEach((code, label) -> labels.put(code, capitalised(label)));
        return Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
