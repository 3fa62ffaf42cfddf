package se.klusterportalen.comparison;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.tenancy.RegionContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The anonymised comparison across regions (issue #13, ADR 0070): the region's participation, its own figures next
 * to those of all opted-in regions, and for the platform administrator which regions take part. Reads only what
 * the job stored; never another region's data.
 */
@Service
public class ComparisonService {

    private final ParticipationRepository participations;
    private final OwnFigureRepository ownFigures;
    private final JdbcClient jdbc;
    private final ComparisonJob job;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComparisonService(ParticipationRepository participations, OwnFigureRepository ownFigures, JdbcClient jdbc,
                      ComparisonJob job, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.participations = participations;
        this.ownFigures = ownFigures;
        this.jdbc = jdbc;
        this.job = job;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The page for the signed-in officer or politician: whether the region takes part and, if so, every figure of
     * {@link Metric} except participation, own next to anonymised, as the last computation stored them.
     */
    @RequiresPermission(Permission.COMPARISON_VIEW)
    @Transactional(readOnly = true)
    public ComparisonPage page() {
        boolean mayChange = currentUser.get().map(user -> user.can(Permission.COMPARISON_OPT_IN)).orElse(false);
        boolean optedIn = participations.findAll().stream().findFirst().map(Participation::optedIn).orElse(false);
        if (!optedIn) {
            return new ComparisonPage(false, mayChange, Optional.empty(), Optional.empty(), List.of());
        }
        List<Aggregate> aggregates = jdbc.sql("""
                        SELECT metric, category, suppressed, value, region_count, computed_at
                          FROM comparison_aggregate""")
                .query((rs, n) -> new Aggregate(Metric.valueOf(rs.getString("metric")), rs.getString("category"),
                        rs.getBoolean("suppressed"), rs.getBigDecimal("value"),
                        (Integer) rs.getObject("region_count"), rs.getTimestamp("computed_at").toInstant()))
                .list();
        Map<String, OwnFigure> own = ownFigures.findAll().stream()
                .collect(Collectors.toMap(f -> f.metric() + "/" + f.category(), Function.identity()));
        var figures = new ArrayList<ComparedFigure>();
        Optional<Integer> regions = Optional.empty();
        for (Metric metric : Metric.values()) {
            for (Aggregate aggregate : aggregates.stream().filter(a -> a.metric() == metric).toList()) {
                if (metric == Metric.PARTICIPATION) {
                    regions = aggregate.suppressed() ? Optional.empty() : Optional.ofNullable(aggregate.regions());
                    continue;
                }
                OwnFigure mine = own.get(metric + "/" + aggregate.category());
                figures.add(new ComparedFigure(metric, aggregate.category(), oneDecimal(mine == null ? null : mine.value()),
                        mine == null ? 0 : mine.clusterCount(),
                        aggregate.suppressed() ? null : oneDecimal(aggregate.value()), aggregate.suppressed()));
            }
        }
        Optional<Instant> computedAt = aggregates.stream().map(Aggregate::computedAt).findFirst();
        return new ComparisonPage(true, mayChange, computedAt, regions, figures);
    }

    /**
     * Opts the signed-in officer's region in or out; audited (who, region, when UTC, what). The figures are
     * recomputed in the background once this is committed, so a region that opts out disappears from them.
     *
     * @throws Rejection.Forbidden without a region
     */
    @RequiresPermission(Permission.COMPARISON_OPT_IN)
    @Transactional
    public void setParticipation(boolean optIn) {
        String region = RegionContext.current().orElseThrow(() -> new Rejection.Forbidden("comparison.no-region"));
        String by = currentUser.get().map(PortalUser::username).orElseThrow();
        Instant now = clock.instant();
        var existing = participations.findAll().stream().findFirst();
        if (existing.isPresent()) {
            if (existing.get().optedIn() == optIn) {
                return;
            }
            existing.get().change(optIn, now, by);
        } else {
            participations.save(new Participation(optIn, now, by));
        }
        events.publishEvent(new ParticipationChanged(region, optIn));
    }

    /** For the platform administrator: the regions that take part now, by region code, with since when and by whom. */
    @RequiresPermission(Permission.REGION_ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Participant> participants() {
        return job.participants();
    }

    /** Values are computed with one decimal ({@link Aggregation}); the columns keep two. */
    private static @Nullable BigDecimal oneDecimal(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    private record Aggregate(Metric metric, String category, boolean suppressed, @Nullable BigDecimal value,
                             @Nullable Integer regions, Instant computedAt) {
    }
}
