package se.klusterportalen.notification;

/** What a notification is about; each has a text {@code notification.<kind>} in the core's notification bundle. */
public enum NotificationKind {
    /** A cluster's manager submitted a self-assessment (to the region's officers). */
    ASSESSMENT_SUBMITTED,
    /** An officer sent a self-assessment back for completion (to the cluster's managers). */
    ASSESSMENT_SENT_BACK,
    /** An officer fixed a self-assessment (to the cluster's managers). */
    ASSESSMENT_FIXED,
    /** A cluster's current label ends within 90 days (to the officers and the cluster's managers). */
    LABEL_EXPIRING_90,
    /** A cluster's current label ends within 30 days (to the officers and the cluster's managers). */
    LABEL_EXPIRING_30,
    /** A milestone's due date passed and it is neither done nor cancelled (to the region's officers). */
    MILESTONE_OVERDUE;

    /** The key of the notification's sentence, e.g. {@code notification.label-expiring-30}. */
    public String messageKey() {
        return "notification." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
