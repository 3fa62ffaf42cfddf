package se.klusterportalen.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;
import se.klusterportalen.security.Permission;

/** Platform administrators list the regions (tenants) and create new ones. */
@Route("admin/regions")
@Menu(order = 90, title = "nav.regions", icon = "GLOBE")
@RolesAllowed(Permission.REGION_ADMIN)
class RegionAdminView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regions;
    private final Grid<RegionSummary> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();

    RegionAdminView(RegionService regions) {
        this.regions = regions;
        setId("region-admin");
        grid.setId("region-grid");
        grid.addColumn(RegionSummary::code).setHeader(getTranslation("region.code")).setSortable(true);
        grid.addColumn(RegionSummary::name).setHeader(getTranslation("region.name")).setSortable(true).setFlexGrow(3);
        grid.setAllRowsVisible(true);

        code.setId("region-code");
        code.setLabel(getTranslation("region.code"));
        code.setHelperText(getTranslation("region.code.help"));
        name.setId("region-name");
        name.setLabel(getTranslation("region.name"));
        var create = new Button(getTranslation("region.create"), click -> create());
        create.setId("region-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(code, name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H1(getTranslation("region.title")), grid, form);
        refresh();
    }

    private void create() {
        try {
            regions.create(code.getValue().strip(), name.getValue());
            Notification.show(getTranslation("region.created", name.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            code.clear();
            name.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation("region.invalid") + " " + e.getMessage())
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(regions.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.title") + " – " + getTranslation("app.name");
    }
}
