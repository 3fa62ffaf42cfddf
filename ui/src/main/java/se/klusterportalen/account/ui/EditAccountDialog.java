package se.klusterportalen.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import se.klusterportalen.account.AccountService;
import se.klusterportalen.account.BoundCluster;
import se.klusterportalen.account.RegionAccount;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Role;
import se.klusterportalen.text.Collation;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Changes an account's role and, for a cluster manager, the clusters they report for. */
class EditAccountDialog extends Dialog {

    final Select<Role> role = new Select<>();
    final MultiSelectComboBox<ClusterSummary> clusters = new MultiSelectComboBox<>();
    final Button save = new Button();

    EditAccountDialog(AccountService accounts, ClusterService clusterService, RegionAccount account,
                      Runnable afterSave) {
        setId("edit-account-dialog");
        setHeaderTitle(getTranslation("account.edit.title", account.displayName()));
        role.setId("edit-role");
        role.setLabel(getTranslation("account.role"));
        role.setItems(Arrays.stream(Role.values()).filter(Role::needsRegion).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.keycloakName()));
        clusters.setId("edit-clusters");
        clusters.setLabel(getTranslation("account.clusters"));
        clusters.setHelperText(getTranslation("account.clusters.help"));
        var all = clusterService.list().stream().sorted(Collation.swedish(ClusterSummary::name)).toList();
        clusters.setItems(all);
        clusters.setItemLabelGenerator(ClusterSummary::name);
        var bound = account.clusters().stream().map(BoundCluster::id).collect(Collectors.toSet());
        clusters.setValue(all.stream().filter(c -> bound.contains(c.id())).collect(Collectors.toSet()));
        role.addValueChangeListener(change -> clusters.setVisible(change.getValue() == Role.CLUSTER_MANAGER));
        role.setValue(account.role());
        clusters.setVisible(account.role() == Role.CLUSTER_MANAGER);
        Map<String, HasValidation> fields = Map.of("role", role, "clusters", clusters);
        var form = new FormLayout(role, clusters);
        form.setColspan(clusters, 2);
        add(form);

        save.setText(getTranslation("account.save"));
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            try {
                accounts.change(account.id(), role.getValue(), role.getValue() == Role.CLUSTER_MANAGER
                        ? clusters.getValue().stream().map(ClusterSummary::id).collect(Collectors.toSet())
                        : Set.of());
                Notification.show(getTranslation("account.saved", account.displayName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                afterSave.run();
            } catch (Rejection.Invalid invalid) {
                Rejections.showAt(invalid, fields);
            } catch (Rejection rejection) {
                Rejections.show(rejection);
            }
        });
        getFooter().add(new Button(getTranslation("account.cancel"), click -> close()), save);
    }
}
