package se.klusterportalen.region.ui;

import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Grids;
import se.klusterportalen.text.Collation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.comparison.ComparisonService;
import se.klusterportalen.comparison.Participant;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;
import se.klusterportalen.region.RegionUser;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.Role;

import java.util.Arrays;
import java.util.Map;

/**
 * Platform administrators list the regions (tenants), create new ones, and give a region its people: accounts in
 * the user directory with one regional role and a temporary password shown once.
 */
@Route("admin/regions")
@Menu(order = 90, title = "nav.regions", icon = "GLOBE")
@RolesAllowed(Permission.REGION_ADMIN)
class RegionAdminView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regions;
    private final ComparisonService comparison;
    /** The regions taking part in the comparison across regions (ADR 0070), by code. */
    Map<String, Participant> taking = Map.of();
    final Grid<RegionSummary> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Button create = new Button();
    final Div people = new Div();
    final H2 peopleTitle = new H2();
    final Grid<RegionUser> users = new Grid<>();
    final TextField username = new TextField();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Button addUser = new Button();
    final Paragraph regionState = new Paragraph();
    final Button toggleRegion = new Button();
    final AccountCreatedDialog created = new AccountCreatedDialog();
    private final Map<String, HasValidation> regionFields = Map.of("code", code, "name", name);
    private final Map<String, HasValidation> userFields;

    RegionAdminView(RegionService regions, ComparisonService comparison) {
        this.regions = regions;
        this.comparison = comparison;
        setId("region-admin");
        grid.setId("region-grid");
        Grids.readable(grid);
        grid.addColumn(RegionSummary::code).setHeader(getTranslation("region.code")).setSortable(true);
        grid.addColumn(RegionSummary::name).setHeader(getTranslation("region.name")).setSortable(true).setFlexGrow(3)
                .setComparator(Collation.comparing(RegionSummary::name, getLocale()));
        grid.addColumn(this::comparisonText).setHeader(getTranslation("comparison.admin.column")).setFlexGrow(2)
                .setKey("comparison");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> showPeople(change.getValue()));

        code.setId("region-code");
        code.setLabel(getTranslation("region.code"));
        code.setHelperText(getTranslation("region.code.help"));
        name.setId("region-name");
        name.setLabel(getTranslation("region.name"));
        create.setText(getTranslation("region.create"));
        create.setId("region-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(create, () -> createRegion());
        var regionForm = new HorizontalLayout(code, name, create);
        regionForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        users.setId("region-users");
        users.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Grids.readable(users);
        users.addColumn(RegionUser::displayName).setHeader(getTranslation("region.users.name")).setFlexGrow(2);
        users.addColumn(RegionUser::username).setHeader(getTranslation("region.users.username")).setFlexGrow(2);
        users.addColumn(user -> getTranslation("role." + user.role().keycloakName()))
                .setHeader(getTranslation("region.users.role"));
        users.addComponentColumn(this::disableButton).setFlexGrow(0).setAutoWidth(true);
        users.setAllRowsVisible(true);
        username.setId("user-username");
        username.setLabel(getTranslation("region.users.username"));
        firstName.setId("user-first-name");
        firstName.setLabel(getTranslation("region.users.first-name"));
        lastName.setId("user-last-name");
        lastName.setLabel(getTranslation("region.users.last-name"));
        email.setId("user-email");
        email.setLabel(getTranslation("region.users.email"));
        role.setId("user-role");
        role.setLabel(getTranslation("region.users.role"));
        role.setItems(Arrays.stream(Role.values()).filter(Role::needsRegion).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.keycloakName()));
        role.setValue(Role.PROGRAMME_OFFICER);
        addUser.setText(getTranslation("region.users.add"));
        addUser.setId("user-add");
        addUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addUser.addClickListener(click -> addUser());
        userFields = Map.of("username", username, "firstName", firstName, "lastName", lastName, "email", email,
                "role", role);
        var userForm = new HorizontalLayout(username, firstName, lastName, email, role, addUser);
        userForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        userForm.setWrap(true);
        people.setId("region-people");
        people.setWidthFull();
        regionState.setId("region-state");
        toggleRegion.setId("region-toggle");
        toggleRegion.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggleRegion.addClickListener(click -> confirmToggleRegion());
        var stateLine = new HorizontalLayout(regionState, toggleRegion);
        stateLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        people.add(peopleTitle, stateLine, new Paragraph(getTranslation("region.users.help")), users, userForm);
        people.setVisible(false);

        add(new H1(getTranslation("region.title")), new Paragraph(getTranslation("region.help")), grid, regionForm,
                people, created);
        refresh();
    }

    void createRegion() {
        regionFields.values().forEach(field -> field.setInvalid(false));
        try {
            var region = regions.create(code.getValue().strip(), name.getValue());
            Notification.show(getTranslation("region.created", region.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            code.clear();
            name.clear();
            refresh();
            grid.select(region);
        } catch (Rejection.Invalid e) {
            Rejections.showAt(e, regionFields);
        }
    }

    void showPeople(RegionSummary region) {
        people.setVisible(region != null);
        if (region != null) {
            peopleTitle.setText(getTranslation("region.users.title", region.name()));
            users.setItems(regions.users(region.code()));
            boolean disabled = regions.isDisabled(region.code());
            regionState.setText(getTranslation(disabled ? "region.state.disabled" : "region.state.enabled"));
            toggleRegion.setText(getTranslation(disabled ? "region.enable" : "region.disable"));
            toggleRegion.removeThemeVariants(ButtonVariant.LUMO_ERROR);
            if (!disabled) {
                toggleRegion.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
        }
    }

    void confirmToggleRegion() {
        var region = grid.asSingleSelect().getValue();
        if (region == null) {
            return;
        }
        boolean enable = regions.isDisabled(region.code());
        var dialog = new Dialog();
        dialog.setId("region-toggle-dialog");
        dialog.setHeaderTitle(getTranslation(enable ? "region.enable.title" : "region.disable.title", region.name()));
        dialog.add(new Paragraph(getTranslation(enable ? "region.enable.text" : "region.disable.text")));
        var confirm = new Button(getTranslation(enable ? "region.enable" : "region.disable"));
        confirm.setId("region-toggle-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!enable) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        SaveAction.on(confirm, () -> {
            try {
                regions.setRegionEnabled(region.code(), enable);
                Notification.show(getTranslation(enable ? "region.enabled" : "region.disabled", region.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Rejection rejection) {
                Rejections.show(rejection);
            } finally {
                dialog.close();
                showPeople(region);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("region.users.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    void addUser() {
        var region = grid.asSingleSelect().getValue();
        userFields.values().forEach(field -> field.setInvalid(false));
        try {
            var account = regions.addUser(region.code(), username.getValue(), firstName.getValue(),
                    lastName.getValue(), email.getValue(), role.getValue());
            created.show(account, getTranslation("role." + role.getValue().keycloakName()), region.name());
            username.clear();
            firstName.clear();
            lastName.clear();
            email.clear();
            showPeople(region);
        } catch (Rejection.Invalid e) {
            Rejections.showAt(e, userFields);
        }
    }

    private Button disableButton(RegionUser user) {
        var disable = new Button(getTranslation("region.users.disable"), click -> confirmDisable(user));
        disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        disable.setId("user-disable-" + user.username());
        return disable;
    }

    void confirmDisable(RegionUser user) {
        var dialog = new Dialog();
        dialog.setId("disable-dialog");
        dialog.setHeaderTitle(getTranslation("region.users.disable.title", user.displayName()));
        dialog.add(new Paragraph(getTranslation("region.users.disable.text")));
        var confirm = new Button(getTranslation("region.users.disable"));
        SaveAction.on(confirm, () -> {
            var region = grid.asSingleSelect().getValue();
            try {
                regions.disableUser(region.code(), user.username());
                Notification.show(getTranslation("region.users.disabled", user.username()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } finally {
                dialog.close();
                showPeople(region);
            }
        });
        confirm.setId("disable-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("region.users.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        taking = comparison.participants().stream()
                .collect(java.util.stream.Collectors.toMap(Participant::regionCode, p -> p));
        grid.setItems(regions.all());
    }

    private String comparisonText(RegionSummary region) {
        var participant = taking.get(region.code());
        return participant == null ? "–" : getTranslation("comparison.admin.since",
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(
                        participant.since().atZone(java.time.ZoneId.of("Europe/Stockholm"))), participant.by());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.title") + " – " + getTranslation("app.name");
    }
}
