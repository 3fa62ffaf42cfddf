package se.klusterportalen.label;

import java.util.Arrays;
import java.util.Optional;

/** The 31 quality indicators of the ECEI Gold label, in their five areas (code as ESCA numbers them). */
public enum GoldIndicator {
    COMMITTED_PARTICIPATION("1.1.0", 1),
    COMPOSITION_OF_PARTICIPANTS("1.1.1", 1),
    NUMBER_OF_COMMITTED_PARTICIPANTS("1.1.2", 1),
    GEOGRAPHICAL_CONCENTRATION("1.2", 1),
    MATURITY_OF_MANAGEMENT("2.1", 2),
    HUMAN_RESOURCES("2.2.1", 2),
    QUALIFICATION_OF_TEAM("2.2.2", 2),
    LIFE_LONG_LEARNING("2.2.3", 2),
    STABILITY_OF_TEAM("2.2.4", 2),
    STABILITY_OF_PARTICIPATION("2.3", 2),
    CLARITY_OF_ROLES("2.4", 2),
    DIRECT_PERSONAL_CONTACTS("2.5", 2),
    COOPERATION_WITHIN_CLUSTER("2.6", 2),
    INTEGRATION_IN_INNOVATION_SYSTEM("2.7", 2),
    PROSPECTS_OF_FINANCIAL_RESOURCES("3.1", 3),
    SHARE_OF_PRIVATE_RESOURCES("3.2", 3),
    STRATEGY_BUILDING_PROCESS("4.1.1", 4),
    DOCUMENTATION_OF_STRATEGY("4.1.2", 4),
    IMPLEMENTATION_PLAN("4.1.3", 4),
    FINANCIAL_CONTROLLING("4.1.4", 4),
    REVIEW_OF_STRATEGY("4.1.5", 4),
    PERFORMANCE_MONITORING("4.1.6", 4),
    FOCUS_OF_STRATEGY("4.2", 4),
    ACTIVITIES_AND_SERVICES("4.3", 4),
    PERFORMANCE_OF_MANAGEMENT("4.4", 4),
    WORKING_GROUPS("4.5", 4),
    COMMUNICATION("4.6.1", 4),
    WEB_PRESENCE("4.6.2", 4),
    RECOGNITION_IN_MEDIA("5.1", 5),
    SUCCESS_STORIES("5.2", 5),
    SATISFACTION_ASSESSMENT("5.3", 5);

    private final String code;
    private final int area;

    GoldIndicator(String code, int area) {
        this.code = code;
        this.area = area;
    }

    public String code() {
        return code;
    }

    /** 1 structure, 2 governance and co-operation, 3 financing, 4 strategy and services, 5 achievements. */
    public int area() {
        return area;
    }

    static Optional<GoldIndicator> byCode(String code) {
        return Arrays.stream(values()).filter(indicator -> indicator.code.equals(code)).findFirst();
    }
}
