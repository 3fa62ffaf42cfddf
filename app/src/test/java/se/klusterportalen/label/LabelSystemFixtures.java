package se.klusterportalen.label;

import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.tenancy.SystemTask;

import java.time.LocalDate;

/** Labels for tests in regions without users, through the label feature's own system operation. */
public final class LabelSystemFixtures {

    private LabelSystemFixtures() {
    }

    /** A label of that level assessed on the date, valid two years. */
    public static void label(LabelService labels, SystemTask task, ClusterId cluster, LabelLevel level,
                             LocalDate assessedOn) {
        labels.addIfMissing(task, cluster, new LabelInput(level, assessedOn, null,
                level == LabelLevel.GOLD ? 85 : null, null));
    }
}
