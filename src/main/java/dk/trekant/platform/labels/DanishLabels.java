package dk.trekant.platform.labels;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import dk.trekant.individual.InstitutionKind;
import dk.trekant.individual.ReleaseReason;

/**
 * The one place that says how a code reads in Danish: {@code INDIVIDUEL} is "Individuel",
 * {@code MISTAENKT} "Mistænkt". Reports use {@link #label(Kind, String)}; the task forms show codes
 * through selects whose options are these labels, and {@code FormLabelsTest} holds every form to
 * them (a form never shows a code as text). Enums that carry their own Danish name (release reason,
 * institution) are read from there, so there is still only one wording.
 */
public final class DanishLabels {

    /** The kinds of code staff meet. */
    public enum Kind {
        LEVEL, URGENCY, OFFENCE_CATEGORY, YOUTH_ROLE, RELEASE_REASON, INSTITUTION_KIND, ADULT_AREA, PARTNER_KIND
    }

    private static final Map<Kind, Map<String, String>> LABELS = Map.of(
            Kind.LEVEL, ordered("GENEREL", "Generel", "MAALRETTET", "Målrettet", "INDIVIDUEL", "Individuel"),
            Kind.URGENCY, ordered("AKUT", "Akut", "NORMAL", "Normal"),
            Kind.OFFENCE_CATEGORY, ordered("VOLD", "Vold", "VAABEN", "Våben", "ROEVERI", "Røveri", "TYVERI", "Tyveri",
                    "HAERVAERK", "Hærværk", "NARKO", "Narkotika", "TRAFIK", "Trafik", "CHIKANE_GENE", "Chikane og gener",
                    "ANDET", "Andet"),
            Kind.YOUTH_ROLE, ordered("MISTAENKT", "Mistænkt", "SIGTET", "Sigtet", "FORURETTET", "Forurettet",
                    "VIDNE", "Vidne"),
            Kind.RELEASE_REASON, fromEnum(ReleaseReason.values(), ReleaseReason::label),
            Kind.INSTITUTION_KIND, fromEnum(InstitutionKind.values(), InstitutionKind::label),
            Kind.ADULT_AREA, ordered("HOUSING", "Bolig", "INCOME", "Forsørgelse", "JOB_EDUCATION", "Job og uddannelse",
                    "TREATMENT", "Behandling (misbrug/psykiatri)"),
            Kind.PARTNER_KIND, ordered("POLICE", "Politi", "SCHOOL", "Skole", "CLUB", "Klub", "HOUSING", "Boligselskab",
                    "GUARDS", "Vægtere", "WORKPLACE", "Arbejdsplads", "KRIMINALFORSORGEN", "Kriminalforsorgen"));

    /** Which kind of code each process variable that a form shows holds. */
    public static final Map<String, Kind> FORM_FIELDS = Map.of(
            "proposedLevel", Kind.LEVEL,
            "decidedLevel", Kind.LEVEL,
            "urgency", Kind.URGENCY,
            "reasonCategory", Kind.RELEASE_REASON,
            "areas", Kind.ADULT_AREA);

    private DanishLabels() {
    }

    /** The Danish label of a code; an unknown code is shown as it is rather than hidden. */
    public static String label(Kind kind, String code) {
        if (code == null) {
            return "";
        }
        return LABELS.get(kind).getOrDefault(code, code);
    }

    /** Every code of a kind with its label, in the order staff meet them. */
    public static Map<String, String> labels(Kind kind) {
        return LABELS.get(kind);
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static <E extends Enum<E>> Map<String, String> fromEnum(E[] values, Function<E, String> label) {
        Map<String, String> map = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> map.put(value.name(), capitalised(label.apply(value))));
        return Collections.unmodifiableMap(map);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
