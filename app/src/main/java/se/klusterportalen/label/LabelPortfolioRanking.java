package se.klusterportalen.label;

import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.PortfolioQuery;
import se.klusterportalen.cluster.PortfolioRanking;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The portfolio sorted by current label in the database: the label {@link LabelRules#current} picks (the highest
 * level valid today, then the latest last valid day) as one number, level first, then the last valid day.
 */
@Component
class LabelPortfolioRanking implements PortfolioRanking {

    /** Days are below this, so the level always decides first (day numbers since 2000 stay below it until 2273). */
    private static final int LEVEL_STEP = 100_000;

    private final CurrentUser currentUser;
    private final Clock clock;

    LabelPortfolioRanking(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public PortfolioQuery.Sort sort() {
        return PortfolioQuery.Sort.LABEL;
    }

    @Override
    public Rank rank() {
        if (!currentUser.get().map(user -> user.can(Permission.LABEL_VIEW)).orElse(false)) {
            throw new Rejection.Forbidden();
        }
        var level = new StringBuilder("CASE l.level");
        for (LabelLevel each : LabelLevel.values()) {
            level.append(" WHEN '").append(each.name()).append("' THEN ").append(each.ordinal() + 1);
        }
        level.append(" END");
        // row-level security keeps the labels to the caller's region, as the cluster rows
        return new Rank("SELECT max((" + level + ") * " + LEVEL_STEP + " + (l.valid_until - DATE '2000-01-01'))"
                + " FROM ecei_label l WHERE l.cluster_id = c.id"
                + " AND l.assessed_on <= CAST(:label_today AS date) AND l.valid_until >= CAST(:label_today AS date)",
                Map.of("label_today", LocalDate.now(clock)));
    }
}
