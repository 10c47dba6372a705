package dk.trekant.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid request bodies, each with a fresh reference and a fresh fictitious CPR number. */
final class Bodies {

    /** Children born 2013 (7th digit 4: born 2000–2036); the serial makes each number unique in a test run. */
    private static final AtomicInteger SERIAL = new AtomicInteger();

    static final String DESCRIPTION = "Slagsmål ved stationen";
    static final String FIRST_NAME = "Testa";
    static final String LAST_NAME = "Barnesen";
    static final String SCHOOL = "Parkvejens Skole";
    static final String PLACE = "Taastrup Hovedgade 12";
    static final String HOTSPOT_REASON = "Uro ved stationen om aftenen";
    static final String HOTSPOT_PROPOSER = "Vagtchef Testesen";

    private Bodies() {
    }

    static String reference() {
        return "SEC-" + UUID.randomUUID();
    }

    static String cpr() {
        int n = SERIAL.incrementAndGet();
        int day = 1 + (n / 1000) % 28;
        int month = 1 + (n / 28000) % 12;
        return String.format("%02d%02d13-4%03d", day, month, n % 1000);
    }

    static String yesterday() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
    }

    static String notification() {
        return notification(reference(), cpr());
    }

    static String notification(String reference, String cpr) {
        return """
                {"reference":"%s","occurredAt":"%s","place":"%s","offenceCategory":"VOLD","role":"MISTAENKT",\
                "description":"%s","youth":{"cpr":"%s","firstName":"%s","lastName":"%s","school":"%s"},\
                "knownToSocialServices":false}""".formatted(reference, yesterday(), PLACE, DESCRIPTION, cpr, FIRST_NAME,
                LAST_NAME, SCHOOL);
    }

    static String concern() {
        return concern(reference(), cpr());
    }

    static String concern(String reference, String cpr) {
        return """
                {"reference":"%s","observedAt":"%s","description":"%s","category":"ANDET",\
                "youth":{"cpr":"%s","firstName":"%s","lastName":"%s","school":"%s"},"knownToSocialServices":false}"""
                .formatted(reference, yesterday(), DESCRIPTION, cpr, FIRST_NAME, LAST_NAME, SCHOOL);
    }

    /** A release notice from Kriminalforsorgen, released in a month. */
    static String releaseNotification(String reference) {
        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        String release = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusMonths(1).toString();
        return """
                {"reference":"%s","expectedReleaseDate":"%s","institutionKind":"FAENGSEL","institutionName":"Fængslet",\
                "reasonCategory":"ENDT_AFSONING","consent":{"given":true,"recordedOn":"%s"},\
                "person":{"cpr":"%s","firstName":"%s","lastName":"%s"}}""".formatted(reference, release, today, cpr(),
                FIRST_NAME, LAST_NAME);
    }

    static String releaseNotification() {
        return releaseNotification(reference());
    }

    /** A new expected release date, the same each time (the first call moves it, the next change nothing). */
    static String releaseMove() {
        return "{\"expectedReleaseDate\":\"" + LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusMonths(2) + "\"}";
    }

    static String hotspotProposal() {
        return """
                {"reference":"%s","areaName":"Taastrup Station","location":{"address":"Taastrup Stationsvej 1"},\
                "reason":"%s","timesOfDay":"Fredag aften","proposer":"%s"}""".formatted(reference(), HOTSPOT_REASON,
                HOTSPOT_PROPOSER);
    }

    /** The body of Tasklist's start form for a staff hotspot proposal. */
    static String staffHotspot() {
        return """
                {"variables":{"areaName":{"value":"Hedehusene Centrum"},"address":{"value":"Hovedgaden 1"},
                  "timesOfDay":{"value":"Aften"},"proposalReason":{"value":"Uro"},"proposedBy":{"value":"Medarbejder"}}}""";
    }

    static String batch() {
        return "{\"items\":[" + notification() + "]}";
    }

    static String partner() {
        return "{\"name\":\"Partner " + UUID.randomUUID() + "\",\"kind\":\"SCHOOL\",\"municipalityCode\":\"0169\"}";
    }

    /** A school's teaching request, wished in the coming weeks. */
    static String teachingRequest() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        return """
                {"reference":"%s","grade":8,"classes":2,"pupils":50,"topic":"RUSMIDLER","wishedFrom":"%s","wishedTo":"%s"}"""
                .formatted("UND-" + UUID.randomUUID(), today.plusDays(14), today.plusDays(60));
    }

    /** The body of Tasklist's start form for a teaching request a consultant enters. */
    static String staffTeachingRequest() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        return """
                {"variables":{"schoolName":{"value":"Selsmoseskolen"},"grade":{"value":6},"classes":{"value":1},
                  "pupils":{"value":22},"topic":{"value":"GRUPPEPRES"},"wishedFrom":{"value":"%s"},"wishedTo":{"value":"%s"}}}
                """.formatted(today.plusDays(7), today.plusDays(30));
    }

    /** The body of Tasklist's start form for a staff concern (no CPR). */
    static String staffConcern() {
        int n = SERIAL.incrementAndGet();
        String born = LocalDate.of(2012, 1 + n % 12, 1 + n % 28).toString();
        String yesterday = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString();
        return """
                {"variables":{
                  "youthFirstName":{"value":"Staff%d"},"youthLastName":{"value":"Bekymring"},"youthDateOfBirth":{"value":"%s"},
                  "youthSchool":{"value":"Selsmoseskolen"},"observedOn":{"value":"%s"},"concernCategory":{"value":"ANDET"},
                  "concernDescription":{"value":"Ses ofte alene sent om aftenen"},"knownToSocialServices":{"value":false}}}
                """.formatted(n, born, yesterday);
    }
}
