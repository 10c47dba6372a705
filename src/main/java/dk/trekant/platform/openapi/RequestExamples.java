package dk.trekant.platform.openapi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body per operation that Trekant accepts as it stands: Swagger UI's "Try it out" sends it
 * unchanged and gets 201 (200 when the fixed reference was sent before). Dates are relative to the day
 * the document is built, so that "not in the past" and "not in the future" hold. The CPR numbers are
 * fictitious, with a real date of birth as the validation requires.
 */
final class RequestExamples {

    static final String REFERENCE = "EXAMPLE-0001";

    private final LocalDate today;
    private final String yesterday;
    private final String nextWeek;

    RequestExamples(Clock clock, ZoneId zone) {
        this.today = LocalDate.now(clock.withZone(zone));
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
        this.yesterday = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.minusDays(1));
        this.nextWeek = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.plusDays(7));
    }

    /** The example body of the operation, or null when it has none. */
    Object forOperation(String operationId) {
        return switch (operationId) {
            case "sendPoliceNotification" -> section115(REFERENCE);
            case "sendPoliceNotificationList" -> Map.of("items", List.of(section115("EXAMPLE-BATCH-0001"), section115("EXAMPLE-BATCH-0002")));
            case "raiseConcern" -> ordered(
                    "reference", REFERENCE,
                    "observedAt", yesterday,
                    "description", "Eleven har flere gange vist en kniv frem i frikvarteret.",
                    "category", "VAABEN",
                    "youth", ordered("cpr", "010112-4017", "firstName", "Eksempel", "lastName", "Elev", "school", "Parkvejens Skole"),
                    "knownToSocialServices", false);
            case "sendReleaseNotification" -> ordered(
                    "reference", REFERENCE,
                    "expectedReleaseDate", today.plusDays(30).toString(),
                    "institutionKind", "FAENGSEL",
                    "institutionName", "Statsfængslet Østjylland",
                    "reasonCategory", "PROEVELOESLADELSE",
                    "consent", ordered("given", true, "recordedOn", today.minusDays(1).toString()),
                    "description", "Ønsker hjælp til bolig og beskæftigelse.",
                    "person", ordered("cpr", "150590-1235", "firstName", "Eksempel", "lastName", "Person"));
            case "updateReleaseNotification" -> ordered("expectedReleaseDate", today.plusDays(45).toString());
            case "proposeHotspot" -> ordered(
                    "reference", REFERENCE,
                    "areaName", "Stationspladsen",
                    "location", ordered("address", "Stationspladsen 1, 2620 Albertslund", "latitude", 55.6569, "longitude", 12.3636),
                    "reason", "Grupper af unge samles om aftenen; butikkerne oplever tyverier og chikane.",
                    "timesOfDay", "fredag og lørdag 20-02",
                    "proposer", "Lokalpolitiet, forebyggelsesenheden");
            case "requestOutreach" -> ordered(
                    "reference", REFERENCE,
                    "kind", "WORKPLACE_VISIT",
                    "place", "Butikscentret, Stationspladsen 3",
                    "description", "Personalet føler sig utrygge ved lukketid efter flere episoder med chikane.",
                    "wantedFrom", nextWeek,
                    "withPolice", false);
            case "requestTeaching" -> ordered(
                    "reference", REFERENCE,
                    "grade", 7,
                    "classes", 2,
                    "pupils", 48,
                    "topic", "DIGITAL_DANNELSE",
                    "wishedFrom", today.plusDays(30).toString(),
                    "wishedTo", today.plusDays(60).toString(),
                    "note", "Gerne i forbindelse med trivselsugen.");
            case "cancelTeachingRequest" -> ordered("reason", "Klasserne er på lejrskole i perioden.");
            case "exportDataSubject" -> ordered("cpr", "010112-4017");
            case "findCases" -> ordered("name", "Eksempel Barn", "dateOfBirth", "2012-01-01");
            case "mergePersons" -> ordered(
                    "keepPersonId", "3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f4a60",
                    "mergePersonId", "8a1d4e7b-2c9f-4b3a-8e6d-5f0a1b2c3d4e",
                    "reason", "Samme barn: medarbejderne registrerede hende uden CPR-nummer før politiets underretning.",
                    "keepCaseNumber", "KPT-2026-00042",
                    "closeReason", "Samme bekymring som i politisagen; forløbet fortsætter dér.");
            case "addSchool", "changeSchool" -> ordered(
                    "code", "PARKVEJ",
                    "name", "Parkvejens Skole",
                    "club", "Klub Parkvej",
                    "socialWorker", "socialraadgiver",
                    "meetingDay", "TUESDAY",
                    "meetingTime", "14:00",
                    "active", true);
            case "registerPartner" -> ordered("name", "Vestegnens Politi", "kind", "POLICE", "municipalityCode", "0165");
            case "linkPartnerOAuthClient" -> ordered("issuer", "https://keycloak.kommune.dk/realms/partnere", "clientId", "politi-system");
            case "linkPartnerCertificate" -> ordered("subject", "UI:DK-O:G:5e8f0c3a-7d41-4c2b-9a61-0f2b8d7e1c55");
            default -> null;
        };
    }

    private Map<String, Object> section115(String reference) {
        return ordered(
                "reference", reference,
                "occurredAt", yesterday,
                "place", "Albertslund Station",
                "offenceCategory", "VOLD",
                "role", "MISTAENKT",
                "description", "Slagsmål ved stationen.",
                "youth", ordered("cpr", "010112-4017", "firstName", "Eksempel", "lastName", "Barn", "school", "Parkvejens Skole"),
                "knownToSocialServices", false);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
