package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Key;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.Map;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.cluster.AreaUse;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;

/**
 * The region's list of smart-specialisation areas: add, rename, and remove an area no cluster works in. Each
 * area shows the clusters that serve it.
 */
@Route("clusters/areas")
@RolesAllowed(Permission.CLUSTER_EDIT)
@StyleSheet("styles/cluster.css")
class SmartAreasView extends VerticalLayout implements HasDynamicTitle {

    /** The id of the next area to add: a repeated request adds one area; a new id after each success. */
    private UUID newAreaId = UUID.randomUUID();

    private final ClusterService clusters;
    final TextField newArea = new TextField();
    final Button add = new Button();
    final Span count = new Span();
    final Grid<AreaUse> grid = new Grid<>();
    final Dialog renameDialog = new Dialog();
    final TextField renameField = new TextField();
    private AreaUse renaming;

    SmartAreasView(ClusterService clusters) {
        this.clusters = clusters;
        setId("smart-areas-view");

        newArea.setId("area-new");
        newArea.setLabel(getTranslation("cluster.areas.new"));
        newArea.setMaxLength(200);
        newArea.setWidth("24em");
        newArea.addKeyPressListener(Key.ENTER, press -> add());
        add.setText(getTranslation("cluster.areas.add"));
        add.setId("area-add");
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(add, () -> add());
        var adding = new HorizontalLayout(newArea, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        count.setId("area-count");
        count.addClassName("cluster-count");
        grid.setId("area-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.readable(grid);
        grid.addColumn(use -> use.area().name()).setHeader(getTranslation("cluster.areas.area")).setFlexGrow(2)
                .setKey("area");
        grid.addColumn(use -> use.inUse() ? String.join(", ", use.clusterNames()) : getTranslation("cluster.areas.none"))
                .setHeader(getTranslation("cluster.areas.clusters")).setFlexGrow(3).setKey("clusters");
        grid.addComponentColumn(this::actions).setFlexGrow(0).setAutoWidth(true).setKey("actions");
        grid.setAllRowsVisible(true);

        renameField.setId("area-rename-field");
        renameField.setLabel(getTranslation("cluster.areas.area"));
        renameField.setMaxLength(200);
        renameField.setWidth("24em");
        var save = new Button(getTranslation("cluster.areas.save"));
        SaveAction.on(save, () -> rename());
        save.setId("area-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("cluster.areas.cancel"), click -> renameDialog.close());
        renameDialog.setHeaderTitle(getTranslation("cluster.areas.rename"));
        renameDialog.add(renameField);
        renameDialog.getFooter().add(cancel, save);

        add(new RouterLink(getTranslation("cluster.page.back"), ClusterListView.class),
                new H1(getTranslation("cluster.areas.title")), new Paragraph(getTranslation("cluster.areas.help")),
                adding, count, grid, renameDialog);
        refresh();
    }

    private HorizontalLayout actions(AreaUse use) {
        var rename = new Button(getTranslation("cluster.areas.rename"), VaadinIcon.EDIT.create(), click -> openRename(use));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        rename.setId("area-rename-" + use.area().id());
        var remove = new Button(getTranslation("cluster.areas.remove"), VaadinIcon.TRASH.create(), click -> remove(use));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setId("area-remove-" + use.area().id());
        remove.setEnabled(!use.inUse());
        if (use.inUse()) {
            remove.setTooltipText(getTranslation("cluster.error.area.in-use"));
        }
        return new HorizontalLayout(rename, remove);
    }

    void refresh() {
        var areas = clusters.areaUse();
        grid.setItems(areas);
        count.setText(getTranslation("cluster.areas.count", areas.size()));
    }

    void add() {
        try {
            var added = clusters.addArea(newAreaId, newArea.getValue());
            newAreaId = UUID.randomUUID();
            newArea.clear();
            newArea.setInvalid(false);
            notify(getTranslation("cluster.areas.added", added.name()));
            refresh();
        } catch (Rejection.Invalid e) {
            Rejections.showAt(e, Map.of("area", newArea));
        }
    }

    void openRename(AreaUse use) {
        renaming = use;
        renameField.setValue(use.area().name());
        renameField.setInvalid(false);
        renameDialog.open();
    }

    void rename() {
        try {
            var renamed = clusters.renameArea(renaming.area().id(), renaming.version(), renameField.getValue());
            renameDialog.close();
            notify(getTranslation("cluster.areas.renamed", renamed.name()));
            refresh();
        } catch (Rejection.Invalid e) {
            Rejections.showAt(e, Map.of("area", renameField));
        } catch (Rejection.Stale e) {
            renameDialog.close();
            refresh();
            throw e;
        }
    }

    void remove(AreaUse use) {
        try {
            clusters.removeArea(use.area().id(), use.version());
            notify(getTranslation("cluster.areas.removed", use.area().name()));
        } finally {
            refresh();
        }
    }

    private static void notify(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cluster.areas.title") + " – " + getTranslation("app.name");
    }
}
