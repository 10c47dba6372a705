package dk.trekant.individual.youthcase.documents;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dk.trekant.individual.incident.Incident;
import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.individual.person.Youth;
import dk.trekant.platform.labels.DanishLabels;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.individual.youthcase.YouthCase;

/**
 * Writes the case's documents as self-contained HTML. Every value is escaped: incident texts
 * come from outside and may hold markup. No CPR number is written into a document.
 */
@Component
public class CaseDocuments {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da-DK"));

    String handover(YouthCase youthCase, Youth youth, List<Incident> incidents, Instant now) {
        StringBuilder html = page("Underretning til Børne- og Familiecenteret");
        html.append("<p>Underretning efter Barnets lov § 133 fra Kriminalpræventivt Team.</p>");
        html.append("<table>");
        row(html, "Sagsnummer", youthCase.getCaseNumber());
        row(html, "Dato", DATE_TIME.format(now.atZone(TrekantZone.get())));
        row(html, "Barnet/den unge", name(youth));
        row(html, "Fødselsdato", DATE.format(youth.getDateOfBirth()));
        row(html, "Skole", youth.getSchool());
        row(html, "Foreslået indsatsniveau", youthCase.getProposedLevel());
        row(html, "Vurdering", youthCase.getDecision());
        html.append("</table>");
        html.append("<h2>Hændelser</h2><ul>");
        for (Incident incident : incidents) {
            html.append("<li>").append(escape(describe(incident))).append("</li>");
        }
        html.append("</ul>");
        html.append("<p>Socialforvaltningen skal vurdere underretningen inden for 24 timer og kvittere for modtagelsen "
                + "over for en fagperson inden for 6 hverdage.</p>");
        return html.append("</body></html>").toString();
    }

    public String parentLetter(YouthCase youthCase, Youth youth, Instant now) {
        StringBuilder html = page("Information til forældre");
        html.append("<p>").append(escape(DATE.format(now.atZone(TrekantZone.get())))).append("</p>");
        html.append("<p>Kære forældre til ").append(escape(name(youth))).append("</p>");
        html.append("<p>Kriminalpræventivt Team har fået en henvendelse om jeres barn. Vi har vurderet, at der ikke er "
                + "behov for yderligere indsats nu, men vi vil gerne orientere jer, så I kan tale med jeres barn om det. "
                + "I er altid velkomne til at kontakte os.</p>");
        html.append("<p>Sagsnummer: ").append(escape(youthCase.getCaseNumber())).append("</p>");
        return html.append("</body></html>").toString();
    }

    public static String describe(Incident incident) {
        StringBuilder text = new StringBuilder(DATE_TIME.format(incident.getOccurredAt().atZone(TrekantZone.get())));
        if (incident.getPlace() != null) {
            text.append(", ").append(incident.getPlace());
        }
        text.append(" — ").append(sourceName(incident.getSource()));
        if (incident.getOffenceCategory() != null) {
            text.append(", kategori ").append(DanishLabels.inSentence(DanishLabels.Kind.OFFENCE_CATEGORY,
                    incident.getOffenceCategory().name()));
        }
        if (incident.getRole() != null) {
            text.append(", rolle ").append(DanishLabels.inSentence(DanishLabels.Kind.YOUTH_ROLE, incident.getRole().name()));
        }
        if (incident.getDescription() != null && !incident.getDescription().isBlank()) {
            text.append(": ").append(incident.getDescription());
        }
        return text.toString();
    }

    /** A time as staff read it: "5. december 2026 kl. 14:30" (Danish time). */
    public static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(TrekantZone.get()));
    }

    public static String sourceName(IncidentSource source) {
        return switch (source) {
            case SECTION_115 -> "§115-underretning fra politiet";
            case CONCERN -> "bekymringshenvendelse";
            case JOINT_MEETING -> "bekymring fra fælles forebyggelsesmøde";
        };
    }

    public static String name(Youth youth) {
        String first = youth.getFirstName() == null ? "" : youth.getFirstName();
        String last = youth.getLastName() == null ? "" : youth.getLastName();
        String name = (first + " " + last).trim();
        return name.isEmpty() ? "(navn ikke oplyst)" : name;
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title></head><body><h1>").append(escape(title)).append("</h1>");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>")
                .append(escape(value == null ? "—" : value)).append("</td></tr>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
