package dk.trekant.platform.identity;

import java.util.List;

/** The Camunda groups of the team. Ids are what BPMN candidate groups name. */
public final class StaffGroups {

    public static final String KOORDINATOR = "koordinator";
    public static final String FOREBYGGER = "forebygger";
    public static final String KONSULENT = "konsulent";
    public static final String LEDER = "leder";
    public static final String SOCIALRAADGIVER = "socialraadgiver";
    public static final String ADMIN = "camunda-admin";

    /** Everyone who works in Tasklist. */
    public static final List<String> STAFF = List.of(KOORDINATOR, FOREBYGGER, KONSULENT, LEDER, SOCIALRAADGIVER);

    private StaffGroups() {
    }

    static String displayName(String groupId) {
        return switch (groupId) {
            case KOORDINATOR -> "Koordinatorer";
            case FOREBYGGER -> "Forebyggere";
            case KONSULENT -> "Konsulenter";
            case LEDER -> "Ledelse";
            case SOCIALRAADGIVER -> "Socialrådgivere (Børne- og Familiecenter)";
            case ADMIN -> "Administratorer";
            default -> groupId;
        };
    }
}
