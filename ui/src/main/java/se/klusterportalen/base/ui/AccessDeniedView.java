package se.klusterportalen.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.Role;

/**
 * Shown when a signed-in user opens a view their role does not allow. A user whose account has no region is
 * told so here, since every regional view is closed to them.
 */
@PermitAll
@PageTitle("Klusterportalen")
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;

    private final AuthenticationContext authentication;

    AccessDeniedView(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        setId("access-denied");
        addClassName("portal-message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var user = currentUser.get();
        if (user.filter(u -> u.has(Role.PLATFORM_ADMIN)).isPresent() && event.getLocation().getPath().isEmpty()) {
            event.forwardTo("admin/regions");
            return HttpServletResponse.SC_OK;
        }
        removeAll();
        boolean noRegion = user.map(PortalUser::lacksRegion).orElse(false);
        String prefix = noRegion ? "error.no-region" : "error.access-denied";
        add(new H1(getTranslation(prefix + ".title")), new Paragraph(getTranslation(prefix + ".text")));
        if (!noRegion) {
            add(new Anchor("", getTranslation("error.home")));
        }
        var logout = new Button(getTranslation("header.logout"), click -> authentication.logout());
        logout.setId("denied-logout");
        var language = new LanguageSelect(); // outside the shell, so the page offers the language choice itself
        var actions = new HorizontalLayout(logout, language);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(actions);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
