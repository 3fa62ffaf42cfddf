package se.klusterportalen.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import se.klusterportalen.region.NewAccount;

/** Shows a new account's temporary password once; the portal keeps no copy of it. */
class AccountCreatedDialog extends Dialog {

    final Span username = new Span();
    final Span password = new Span();
    final Paragraph summary = new Paragraph();

    AccountCreatedDialog() {
        setId("account-created");
        setHeaderTitle(getTranslation("region.users.created.title"));
        setCloseOnOutsideClick(false);
        username.setId("account-username");
        password.setId("account-password");
        password.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-l)").set("letter-spacing", "0.08em");
        var usernameLine = new Paragraph(new Span(getTranslation("region.users.username") + ": "), username);
        var passwordLine = new Paragraph(new Span(getTranslation("region.users.created.password") + ": "), password);
        add(summary, usernameLine, passwordLine, new Paragraph(getTranslation("region.users.created.help")));
        var done = new Button(getTranslation("region.users.created.done"), click -> close());
        done.setId("account-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    void show(NewAccount account, String roleName, String regionName) {
        summary.setText(getTranslation("region.users.created.summary", roleName, regionName));
        username.setText(account.username());
        password.setText(account.temporaryPassword());
        open();
    }
}
