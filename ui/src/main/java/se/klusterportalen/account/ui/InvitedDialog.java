package se.klusterportalen.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import se.klusterportalen.account.Invitation;
import se.klusterportalen.account.InvitationKind;

/**
 * After an invitation: either "an e-mail went to …" or the one-time temporary password, shown once with a copy
 * button (the portal keeps no copy of it).
 */
class InvitedDialog extends Dialog {

    final Span username = new Span();
    final Span password = new Span();

    InvitedDialog(Invitation invitation) {
        setId("invited-dialog");
        setHeaderTitle(getTranslation("account.invited.title"));
        setCloseOnOutsideClick(false);
        username.setId("invited-username");
        username.setText(invitation.username());
        add(new Paragraph(new Span(getTranslation("account.username") + ": "), username));
        if (invitation.kind() == InvitationKind.EMAIL) {
            var sent = new Paragraph(getTranslation("account.invited.email", invitation.email()));
            sent.setId("invited-email");
            add(sent);
        } else {
            password.setId("invited-password");
            password.setText(invitation.temporaryPassword());
            password.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                    .set("font-size", "var(--lumo-font-size-l)").set("letter-spacing", "0.08em");
            var copy = new Button(getTranslation("account.invited.copy"), VaadinIcon.COPY.create(), click -> {
                password.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                        invitation.temporaryPassword());
                Notification.show(getTranslation("account.invited.copied"));
            });
            copy.setId("invited-copy");
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(new Paragraph(new Span(getTranslation("account.invited.password") + ": "), password, copy),
                    new Paragraph(getTranslation("account.invited.password.help")));
        }
        var done = new Button(getTranslation("account.invited.done"), click -> close());
        done.setId("invited-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
