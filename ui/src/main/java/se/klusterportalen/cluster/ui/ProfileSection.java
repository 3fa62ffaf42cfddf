package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.cluster.ClusterProfile;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ContactPerson;
import se.klusterportalen.cluster.SmartArea;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.UserDirectory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The profile as label/value pairs; contact persons and managers only for those who may see personal data. */
class ProfileSection extends Div {

    private final ClusterService clusters;
    private final ClusterProfile profile;

    ProfileSection(ClusterProfile profile, ClusterService clusters) {
        this.profile = profile;
        this.clusters = clusters;
        addClassName("cluster-profile");
        if (profile.description() != null) {
            var description = new Div(profile.description());
            description.setId("profile-description");
            description.addClassName("cluster-profile-description");
            add(description);
        }
        var facts = new Div();
        facts.addClassName("cluster-facts");
        add(facts);
        pair(facts, "sector", text(profile.sector()));
        pair(facts, "county", text(ClusterFormats.county(profile.county())));
        pair(facts, "areaIds", text(profile.areas().stream().map(SmartArea::name).collect(Collectors.joining(", "))));
        pair(facts, "foundingYear", text(profile.foundingYear() == null ? "" : profile.foundingYear().toString()));
        pair(facts, "status", text(statusText()));
        pair(facts, "hostOrganisation", text(Stream.of(profile.hostOrganisation(), profile.hostOrgNumber())
                .filter(Objects::nonNull).collect(Collectors.joining(", "))));
        pair(facts, "website", profile.website() == null ? text("") : link(profile.website(), profile.website()));
        pair(facts, "englishWebsite", text(yesNo(profile.englishWebsite())));
        pair(facts, "managementFte", text(profile.managementFte() == null ? ""
                : getTranslation("cluster.fte.value", ClusterFormats.decimal(profile.managementFte()))));
        pair(facts, "eccpRegistered", eccp());
        pair(facts, "communicationPlan", text(profile.communicationPlan()
                ? profile.communicationPlanAdoptedOn() == null ? yesNo(true)
                : getTranslation("cluster.communication-plan.adopted", ClusterFormats.date(profile.communicationPlanAdoptedOn()))
                : yesNo(false)));
        if (!profile.contactsHidden()) {
            pair(facts, "contacts", contacts());
            pair(facts, "managers", managers());
        }
    }

    private String statusText() {
        String status = getTranslation("cluster.state." + profile.status().name());
        var dates = new StringBuilder(status);
        if (profile.setUpSince() != null) {
            dates.append(" · ").append(getTranslation("cluster.status.set-up-since", ClusterFormats.date(profile.setUpSince())));
        }
        if (profile.activeSince() != null) {
            dates.append(" · ").append(getTranslation("cluster.status.active-since", ClusterFormats.date(profile.activeSince())));
        }
        if (profile.closedOn() != null) {
            dates.append(" · ").append(getTranslation("cluster.status.closed-on", ClusterFormats.date(profile.closedOn())));
        }
        return dates.toString();
    }

    private Component eccp() {
        if (!profile.eccpRegistered()) {
            return text(yesNo(false));
        }
        var value = new Span(profile.eccpRegisteredOn() == null ? yesNo(true)
                : getTranslation("cluster.eccp.registered-on", ClusterFormats.date(profile.eccpRegisteredOn())));
        if (profile.eccpProfileUrl() != null) {
            value.add(new Text(" · "), link(profile.eccpProfileUrl(), getTranslation("cluster.eccp.profile-link")));
        }
        return value;
    }

    private Component contacts() {
        var list = new Div();
        list.setId("profile-contacts-list");
        if (profile.contacts().isEmpty()) {
            list.setText("–");
        }
        for (ContactPerson person : profile.contacts()) {
            list.add(new Div(Stream.of(person.name(), person.title(), person.email(), person.phone())
                    .filter(Objects::nonNull).collect(Collectors.joining(", "))));
        }
        return list;
    }

    private Component managers() {
        var list = new Div();
        list.setId("profile-managers-list");
        var bound = clusters.managers(profile.id());
        boolean officer = clusters.mayManagePortfolio();
        for (UserDirectory.DirectoryUser manager : bound) {
            var name = new Span(manager.displayName());
            name.setTitle(manager.username());
            var row = new HorizontalLayout(name);
            row.setSpacing(false);
            if (officer) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                    clusters.unbindManager(profile.id(), manager.username());
                    replaceWith(new ProfileSection(clusters.profile(profile.id()).orElseThrow(), clusters));
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("cluster.managers.remove", manager.displayName()));
                row.add(remove);
            }
            list.add(row);
        }
        if (bound.isEmpty()) {
            list.add(new Span("–"));
        }
        if (officer) {
            list.add(bindForm());
        }
        return list;
    }

    /**
     * The officer picks one of the region's cluster managers (from the user directory) to bind. The directory is
     * asked only when the officer opens the list or types in it (issue #19: not on every view of the page), each time
     * anew, so a manager invited a moment ago is there. When the opened list has nobody (every cluster manager of the
     * region is bound already, or the region has none), the field's helper text says so.
     */
    private Component bindForm() {
        var manager = new ComboBox<UserDirectory.DirectoryUser>();
        manager.setId("profile-manager-choice");
        manager.setItemLabelGenerator(user -> user.displayName() + " (" + user.username() + ")");
        manager.setItems(query -> {
            String typed = query.getFilter().orElse("").strip().toLowerCase(java.util.Locale.ROOT);
            List<UserDirectory.DirectoryUser> candidates;
            try {
                candidates = clusters.managerCandidates(profile.id());
            } catch (UserDirectory.UnavailableException e) {
                candidates = List.of(); // the bind button says why (the same message as the directory's)
            }
            if (typed.isEmpty() && query.getOffset() == 0) {
                // asked only now (the list opened): say so when nobody is left to bind, instead of an empty list
                manager.setHelperText(candidates.isEmpty() ? getTranslation("cluster.managers.none-available") : null);
            }
            return candidates.stream().filter(user -> typed.isEmpty()
                            || manager.getItemLabelGenerator().apply(user).toLowerCase(java.util.Locale.ROOT)
                            .contains(typed))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
        manager.setPlaceholder(getTranslation("cluster.managers.choose"));
        manager.setWidth("22em");
        var bind = new Button(getTranslation("cluster.managers.bind"));
        SaveAction.on(bind, () -> {
            try {
                clusters.bindManager(profile.id(), manager.getValue() == null ? null : manager.getValue().username());
                replaceWith(new ProfileSection(clusters.profile(profile.id()).orElseThrow(), clusters));
            } catch (Rejection.Invalid e) {
                manager.setInvalid(true);
                manager.setErrorMessage(Rejections.translate(e.errors().getFirst()));
            }
        });
        bind.setId("profile-manager-bind");
        bind.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var form = new HorizontalLayout(manager, bind);
        form.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        // at 820 px with the side navigation open the button goes below the choice instead of widening the page
        form.setWrap(true);
        return form;
    }

    private void replaceWith(ProfileSection fresh) {
        getParent().ifPresent(parent -> parent.getElement().insertChild(parent.getElement().indexOfChild(getElement()),
                fresh.getElement()));
        removeFromParent();
        Notification.show(getTranslation("cluster.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void pair(Div facts, String field, Component value) {
        var label = new Span(getTranslation("cluster.field." + field));
        label.addClassName("cluster-fact-label");
        value.setId("profile-" + field);
        value.getElement().getClassList().add("cluster-fact-value");
        facts.add(label, value);
    }

    private Span text(String value) {
        return new Span(value == null || value.isEmpty() ? "–" : value);
    }

    private Anchor link(String href, String text) {
        var anchor = new Anchor(href, text, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "cluster.yes" : "cluster.no");
    }
}
