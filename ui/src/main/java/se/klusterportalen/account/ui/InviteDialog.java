package se.klusterportalen.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.account.AccountService;
import se.klusterportalen.account.InviteRequest;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Role;
import se.klusterportalen.text.Collation;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Invites a person into the officer's region: name, e-mail, role and, for a cluster manager, their clusters. */
class InviteDialog extends Dialog {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final MultiSelectComboBox<ClusterSummary> clusters = new MultiSelectComboBox<>();
    final Button send = new Button();
    private final Map<String, HasValidation> fields;

    InviteDialog(AccountService accounts, ClusterService clusterService, Runnable afterInvite) {
        setId("invite-dialog");
        setHeaderTitle(getTranslation("account.invite.title"));
        setCloseOnOutsideClick(false);
        firstName.setId("invite-first-name");
        firstName.setLabel(getTranslation("account.first-name"));
        lastName.setId("invite-last-name");
        lastName.setLabel(getTranslation("account.last-name"));
        email.setId("invite-email");
        email.setLabel(getTranslation("account.email"));
        role.setId("invite-role");
        role.setLabel(getTranslation("account.role"));
        role.setItems(Arrays.stream(Role.values()).filter(Role::needsRegion).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.keycloakName()));
        clusters.setId("invite-clusters");
        clusters.setLabel(getTranslation("account.clusters"));
        clusters.setHelperText(getTranslation("account.clusters.help"));
        clusters.setItems(clusterService.list().stream()
                .sorted(Collation.swedish(ClusterSummary::name)).toList());
        clusters.setItemLabelGenerator(ClusterSummary::name);
        role.addValueChangeListener(change -> clusters.setVisible(change.getValue() == Role.CLUSTER_MANAGER));
        role.setValue(Role.CLUSTER_MANAGER);
        fields = Map.of("firstName", firstName, "lastName", lastName, "email", email, "role", role,
                "clusters", clusters);
        var form = new FormLayout(firstName, lastName, email, role, clusters);
        form.setColspan(clusters, 2);
        add(form);

        send.setText(getTranslation("account.invite.send"));
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(send, () -> {
            try {
                var invitation = accounts.invite(new InviteRequest(firstName.getValue(), lastName.getValue(),
                        email.getValue(), role.getValue(), role.getValue() == Role.CLUSTER_MANAGER
                        ? clusters.getValue().stream().map(ClusterSummary::id).collect(Collectors.toSet())
                        : java.util.Set.of()));
                close();
                afterInvite.run();
                new InvitedDialog(invitation).open();
            } catch (Rejection.Invalid invalid) {
                Rejections.showAt(invalid, fields);
            }
        });
        var cancel = new Button(getTranslation("account.cancel"), click -> close());
        getFooter().add(cancel, send);
    }
}
