package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import se.klusterportalen.base.ui.Figures;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.funding.Basis;
import se.klusterportalen.funding.FundingMix;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The overview's money panel for the newest programme: the region's cost this year (planned and reported), the
 * regional share that year, the leverage over the period and exceeded envelopes. Outside the period: its
 * nearest year.
 */
@org.springframework.stereotype.Component
class FundingOverviewPanel implements OverviewPanel<FundingOverviewPanel.Money> {

    /** The panel's title, the page it links to and its figures (texts in the request's language). */
    record Money(String title, String page, List<Figures.Figure> figures) {
        Money {
            figures = List.copyOf(figures);
        }
    }

    private final FundingService funding;
    private final CurrentUser currentUser;
    private final Clock clock;

    FundingOverviewPanel(FundingService funding, CurrentUser currentUser, Clock clock) {
        this.funding = funding;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.FUNDING_VIEW)
                && user.can(Permission.PROGRAMME_VIEW)).isPresent();
    }

    /** The chosen programme's money (the newest programme when none is chosen or it is not the region's). */
    @Override
    public Optional<Money> read(Scope scope) {
        var shown = scope.chosen();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        var chosen = shown.get();
        var programme = funding.programmeTotals(chosen.id());
        String page = ProgrammeFundingView.path(programme.programme());
        var ui = UI.getCurrent();
        int year = Math.clamp(LocalDate.now(clock).getYear(), programme.years().getFirst(), programme.years().getLast());
        var thisYear = programme.perYear().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
        FundingMix planned = thisYear.planned();
        Optional<FundingMix> actual = thisYear.actual();
        var figures = new ArrayList<Figures.Figure>();
        figures.add(new Figures.Figure("overview-funding-cost", Formats.mnkr(planned.regional(), ui.getLocale()),
                ui.getTranslation("overview.funding.cost", String.valueOf(year))).linked(page));
        var reporting = thisYear.reporting();
        actual.ifPresent(mix -> figures.add(new Figures.Figure("overview-funding-actual", Formats.mnkr(mix.regional(), ui.getLocale()),
                ui.getTranslation("overview.funding.actual", String.valueOf(year), reporting.reported(),
                        reporting.planned())).linked(page)));
        figures.add(new Figures.Figure("overview-funding-share", FundingTexts.share(planned),
                ui.getTranslation("overview.funding.share", String.valueOf(year))).linked(page));
        figures.add(new Figures.Figure("overview-funding-leverage", FundingTexts.leverage(programme.total(Basis.PLANNED)),
                ui.getTranslation("overview.funding.leverage", programme.years().getFirst() + "–"
                        + programme.years().getLast())).linked(page));
        if (!programme.envelopeWarnings().isEmpty()) {
            figures.add(new Figures.Figure("overview-funding-envelopes",
                    Formats.integer(programme.envelopeWarnings().size()), ui.getTranslation("overview.funding.envelopes"))
                    .linked(page));
        }
        return Optional.of(new Money(ui.getTranslation("overview.funding.title", programme.programmeName()), page,
                figures));
    }

    @Override
    public Component show(Money money) {
        return Figures.panel("overview-funding", money.title(), money.page(), money.figures());
    }
}
