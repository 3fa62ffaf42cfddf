package se.klusterportalen.testsupport;

/** The demo logins of infra/keycloak/klusterportal-realm.json (password "demo"). */
public final class DemoUsers {

    public static final String PASSWORD = "demo";
    public static final String ADMIN = "plattform.admin";
    public static final String SKANE_OFFICER = "skane.handlaggare";
    public static final String SKANE_MANAGER = "skane.klusterledare";
    public static final String SKANE_POLITICIAN = "skane.politiker";
    public static final String NMS_OFFICER = "nms.handlaggare";
    public static final String NMS_MANAGER = "nms.klusterledare";
    public static final String NMS_POLITICIAN = "nms.politiker";
    public static final String NO_REGION = "utan.region";

    public static final String SKANE = "skane";
    public static final String NMS = "norra-mellansverige";

    /** The programme officer of a demo region (SKANE or NMS), for work as that region in another transaction. */
    public static String officerOf(String region) {
        return switch (region) {
            case SKANE -> SKANE_OFFICER;
            case NMS -> NMS_OFFICER;
            default -> throw new IllegalArgumentException("no demo officer in " + region);
        };
    }

    private DemoUsers() {
    }
}
