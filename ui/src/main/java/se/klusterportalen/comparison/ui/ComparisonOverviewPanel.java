package se.klusterportalen.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Optional;

/** The overview's card that leads to the comparison across regions. */
@org.springframework.stereotype.Component
class ComparisonOverviewPanel implements OverviewPanel {

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
    public Optional<Component> render() {
        var ui = UI.getCurrent();
        var heading = new H2(new Anchor("comparison", ui.getTranslation("comparison.title")));
        heading.addClassName("portal-panel-title");
        var panel = new Div(heading, new Paragraph(ui.getTranslation("comparison.card")));
        panel.setId("overview-comparison");
        panel.addClassName("portal-panel");
        return Optional.of(panel);
    }
}
