package se.klusterportalen.cluster.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.text.Collation;
import se.klusterportalen.cluster.ClusterDraft;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.County;
import se.klusterportalen.cluster.SmartArea;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates or edits a cluster's profile. Officers edit any cluster of the region; a cluster manager only the
 * clusters they manage (the route refuses others, also when the address is typed) and never the status. Rules
 * are checked by the service; its messages appear next to the fields.
 */
@Route("clusters/:id([0-9a-fA-F-]{36})/edit")
@RouteAlias("clusters/new")
@RolesAllowed({Permission.CLUSTER_EDIT, Permission.CLUSTER_EDIT_OWN})
@StyleSheet("styles/cluster.css")
class ClusterEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Chosen when the form opens: a repeated save creates one cluster. */
    private final ClusterId newId = ClusterId.random();

    private final ClusterService clusters;
    private final TransactionTemplate readOnly;
    private final Binder<ClusterDraft> binder = new Binder<>();
    final H1 title = new H1();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final TextField sector = new TextField();
    final ComboBox<County> county = new ComboBox<>();
    final MultiSelectComboBox<SmartArea> areas = new MultiSelectComboBox<>();
    final IntegerField foundingYear = new IntegerField();
    final Select<ClusterStatus> status = new Select<>();
    final DateField setUpSince = new DateField();
    final DateField activeSince = new DateField();
    final DateField closedOn = new DateField();
    final TextField hostOrganisation = new TextField();
    final TextField hostOrgNumber = new TextField();
    final TextField website = new TextField();
    final Checkbox englishWebsite = new Checkbox();
    final BigDecimalField managementFte = new BigDecimalField();
    final Checkbox eccpRegistered = new Checkbox();
    final DateField eccpRegisteredOn = new DateField();
    final TextField eccpProfileUrl = new TextField();
    final Checkbox communicationPlan = new Checkbox();
    final DateField communicationPlanAdoptedOn = new DateField();
    final ContactsEditor contacts = new ContactsEditor();
    final Button save = new Button();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private ClusterId id;
    private long loadedVersion;
    private ClusterDraft draft;

    ClusterEditView(ClusterService clusters, PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.clusters = clusters;
        setId("cluster-edit");
        addClassName("cluster-edit");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameter = event.getRouteParameters().get("id");
        if (parameter.isEmpty()) {
            if (!clusters.mayManagePortfolio()) {
                event.rerouteToError(AccessDeniedException.class);
                return;
            }
            id = null;
            draft = clusters.newDraft();
            loadedVersion = 0;
            readOnly.executeWithoutResult(transaction -> build());
        } else {
            try {
                id = ClusterId.parse(parameter.get());
            } catch (Rejection.NotFound malformed) {
                event.rerouteToError(NotFoundException.class); // e.g. 36 hyphens: as an unknown id
                return;
            }
            try {
                // the draft, its version and the form's choices in one read-only transaction (issue #19)
                readOnly.executeWithoutResult(transaction -> {
                    var loaded = clusters.edit(id); // one read: the form needs the draft and its version
                    draft = loaded.draft();
                    loadedVersion = loaded.version();
                    build();
                });
            } catch (Rejection.NotFound unknown) {
                event.rerouteToError(NotFoundException.class);
            } catch (Rejection.Forbidden notYours) {
                event.rerouteToError(AccessDeniedException.class);
            }
        }
    }

    private void build() {
        removeAll();
        title.setText(id == null ? getTranslation("cluster.create") : getTranslation("cluster.edit.title", draft.getName()));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        field(form, "name", name, 1);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        field(form, "sector", sector, 1);
        field(form, "description", description, 2);
        description.setMaxLength(2000);
        field(form, "county", county, 1);
        county.setItems(Arrays.stream(County.values()).sorted(Collation.comparing(County::officialName, getLocale())).toList());
        county.setItemLabelGenerator(County::officialName);
        county.setClearButtonVisible(true);
        field(form, "areaIds", areas, 1);
        var allAreas = clusters.areas();
        areas.setItems(allAreas);
        areas.setItemLabelGenerator(SmartArea::name);
        field(form, "foundingYear", foundingYear, 1);
        field(form, "status", status, 1);
        status.setItems(ClusterStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("cluster.state." + s.name()));
        field(form, "setUpSince", setUpSince, 1);
        field(form, "activeSince", activeSince, 1);
        field(form, "closedOn", closedOn, 1);
        boolean officer = clusters.mayManagePortfolio();
        status.setReadOnly(!officer);
        closedOn.setReadOnly(!officer);
        if (!officer) {
            status.setHelperText(getTranslation("cluster.edit.status-officer-only"));
        }
        form.add(new H2(getTranslation("cluster.edit.organisation")), 2);
        field(form, "hostOrganisation", hostOrganisation, 1);
        field(form, "hostOrgNumber", hostOrgNumber, 1);
        hostOrgNumber.setHelperText(getTranslation("cluster.edit.org-number-help"));
        field(form, "website", website, 1);
        field(form, "managementFte", managementFte, 1);
        managementFte.setHelperText(getTranslation("cluster.edit.fte-help"));
        checkbox(form, "englishWebsite", englishWebsite);
        form.add(new H2(getTranslation("cluster.edit.eccp-and-communication")), 2);
        checkbox(form, "eccpRegistered", eccpRegistered);
        field(form, "eccpRegisteredOn", eccpRegisteredOn, 1);
        field(form, "eccpProfileUrl", eccpProfileUrl, 1);
        checkbox(form, "communicationPlan", communicationPlan);
        field(form, "communicationPlanAdoptedOn", communicationPlanAdoptedOn, 1);
        form.add(new H2(getTranslation("cluster.field.contacts")), 2);
        form.add(contacts, 2);
        fieldsByName.put("contacts", contacts);

        bind(allAreas);
        binder.readBean(draft);

        save.setText(getTranslation("cluster.save"));
        save.setId("cluster-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> save());
        var cancel = new Button(getTranslation("cluster.cancel"), click -> leave());
        cancel.setId("cluster-cancel");
        add(title, form, new HorizontalLayout(save, cancel));
    }

    private void field(FormLayout form, String fieldName, com.vaadin.flow.component.Component field, int colspan) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation("cluster.field." + fieldName));
        field.setId("edit-" + fieldName);
        form.add(field, colspan);
        fieldsByName.put(fieldName, (HasValidation) field);
    }

    private void checkbox(FormLayout form, String fieldName, Checkbox box) {
        box.setLabel(getTranslation("cluster.field." + fieldName));
        box.setId("edit-" + fieldName);
        form.add(box, 1);
        fieldsByName.put(fieldName, new CheckboxValidation(box));
    }

    private void bind(java.util.List<SmartArea> allAreas) {
        binder.bind(name, ClusterDraft::getName, ClusterDraft::setName);
        binder.bind(description, ClusterDraft::getDescription, ClusterDraft::setDescription);
        binder.bind(sector, ClusterDraft::getSector, ClusterDraft::setSector);
        binder.bind(county, ClusterDraft::getCounty, ClusterDraft::setCounty);
        binder.bind(areas, d -> allAreas.stream().filter(a -> d.getAreaIds().contains(a.id())).collect(Collectors.toSet()),
                (d, chosen) -> d.setAreaIds(chosen.stream().map(SmartArea::id).collect(Collectors.toSet())));
        binder.bind(foundingYear, ClusterDraft::getFoundingYear, ClusterDraft::setFoundingYear);
        binder.bind(status, ClusterDraft::getStatus, ClusterDraft::setStatus);
        binder.bind(setUpSince, ClusterDraft::getSetUpSince, ClusterDraft::setSetUpSince);
        binder.bind(activeSince, ClusterDraft::getActiveSince, ClusterDraft::setActiveSince);
        binder.bind(closedOn, ClusterDraft::getClosedOn, ClusterDraft::setClosedOn);
        binder.bind(hostOrganisation, ClusterDraft::getHostOrganisation, ClusterDraft::setHostOrganisation);
        binder.bind(hostOrgNumber, ClusterDraft::getHostOrgNumber, ClusterDraft::setHostOrgNumber);
        binder.bind(website, ClusterDraft::getWebsite, ClusterDraft::setWebsite);
        binder.bind(englishWebsite, ClusterDraft::isEnglishWebsite, ClusterDraft::setEnglishWebsite);
        binder.bind(managementFte, ClusterDraft::getManagementFte, ClusterDraft::setManagementFte);
        binder.bind(eccpRegistered, ClusterDraft::isEccpRegistered, ClusterDraft::setEccpRegistered);
        binder.bind(eccpRegisteredOn, ClusterDraft::getEccpRegisteredOn, ClusterDraft::setEccpRegisteredOn);
        binder.bind(eccpProfileUrl, ClusterDraft::getEccpProfileUrl, ClusterDraft::setEccpProfileUrl);
        binder.bind(communicationPlan, ClusterDraft::isCommunicationPlan, ClusterDraft::setCommunicationPlan);
        binder.bind(communicationPlanAdoptedOn, ClusterDraft::getCommunicationPlanAdoptedOn,
                ClusterDraft::setCommunicationPlanAdoptedOn);
        binder.bind(contacts, ClusterDraft::getContacts, ClusterDraft::setContacts);
    }

    void save() {
        Rejections.clear(fieldsByName);
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            if (id == null) {
                id = clusters.create(newId, draft);
            } else {
                clusters.update(id, loadedVersion, draft);
            }
            Notification.show(getTranslation("cluster.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ClusterPageView.class, new RouteParameters("id", id.toString()));
        } catch (Rejection.Invalid e) {
            Rejections.showAt(e, fieldsByName);
        } catch (Rejection.Stale e) {
            staleDialog().open();
        }
    }

    /** Someone saved in between: explain, and let the user reload (their own edits are then dropped). */
    ConfirmDialog staleDialog() {
        var dialog = new ConfirmDialog();
        dialog.setId("cluster-stale-dialog");
        dialog.setHeader(getTranslation("cluster.stale.title"));
        dialog.setText(getTranslation("cluster.stale.text"));
        dialog.setConfirmButton(getTranslation("cluster.stale.reload"), confirm -> {
            draft = clusters.draftOf(id);
            loadedVersion = clusters.profile(id).orElseThrow().version();
            build();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("cluster.stale.keep"));
        return dialog;
    }

    private void leave() {
        if (id == null) {
            UI.getCurrent().navigate(ClusterListView.class);
        } else {
            UI.getCurrent().navigate(ClusterPageView.class, new RouteParameters("id", id.toString()));
        }
    }

    /** A checkbox has no error message of its own: its errors go to its helper text. */
    private record CheckboxValidation(Checkbox box) implements HasValidation {
        @Override
        public void setErrorMessage(String errorMessage) {
            box.setHelperText(errorMessage);
            box.getElement().getClassList().set("cluster-checkbox-error", errorMessage != null);
        }

        @Override
        public String getErrorMessage() {
            return box.getHelperText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            box.getElement().getClassList().set("cluster-checkbox-error", invalid);
        }

        @Override
        public boolean isInvalid() {
            return box.getElement().getClassList().contains("cluster-checkbox-error");
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }
}
