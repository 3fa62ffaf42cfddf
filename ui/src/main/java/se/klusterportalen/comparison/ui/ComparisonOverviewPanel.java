package se.klusterportalen.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import se.klusterportalen.base.ui.Figures;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Optional;

/** The overview's card that leads to the comparison across regions. */
@org.springframework.stereotype.Component
class ComparisonOverviewPanel implements OverviewPanel<ComparisonOverviewPanel.Card> {

    /** The card's heading and text. */
    record Card(String title, String text) {
    }

    private final CurrentUser currentUser;

    ComparisonOverviewPanel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.COMPARISON_VIEW)).isPresent();
    }

    @Override
    public Optional<Card> read(Scope scope) {
        var ui = UI.getCurrent();
        return Optional.of(new Card(ui.getTranslation("comparison.title"), ui.getTranslation("comparison.card")));
    }

    @Override
    public Component show(Card card) {
        // read-only, so markup: one state node (issue #19)
        var panel = new Div();
        panel.setId("overview-comparison");
        panel.addClassName("portal-panel");
        panel.getElement().setProperty("innerHTML", SharedMarkup.latin1("<h2 class=\"portal-panel-title\"><a href=\"comparison\">"
                + Figures.escape(card.title()) + "</a></h2><p>" + Figures.escape(card.text()) + "</p>"));
        return panel;
    }
}
