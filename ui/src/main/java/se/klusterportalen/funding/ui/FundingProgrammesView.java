package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.security.Permission;

/** The region's programmes, each leading to its funding. */
@Route("funding")
@Menu(order = 5, title = "funding.nav", icon = "MONEY")
@RolesAllowed(Permission.FUNDING_VIEW)
class FundingProgrammesView extends VerticalLayout implements HasDynamicTitle {

    final Div list = new Div();

    FundingProgrammesView(ProgrammeService programmes) {
        setId("funding-programmes");
        list.setId("funding-programme-list");
        list.addClassName("portal-figures");
        list.getStyle().set("display", "flex");
        var all = programmes.list();
        all.forEach(programme -> list.add(card(programme)));
        add(new H1(getTranslation("funding.title")), new Paragraph(getTranslation("funding.programmes.intro")), list);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("funding.programmes.none")));
        }
    }

    private Div card(ProgrammeSummary programme) {
        var link = new Anchor(ProgrammeFundingView.path(programme.id()), programme.name());
        link.addClassName("funding-programme-link");
        var period = new Span(getTranslation("funding.programmes.period", String.valueOf(programme.startYear()),
                String.valueOf(programme.endYear()), programme.clusters().size()));
        period.addClassName("portal-figure-label");
        var card = new Div(link, period);
        card.addClassName("portal-figure");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.title") + " – " + getTranslation("app.name");
    }
}
