package se.klusterportalen.cluster.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.ClusterPageSection;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterProfile;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * One cluster: its profile, members, the sections other features contribute (funding, assessments, labels,
 * milestones) and its history, in the order of {@link ClusterPageSection#order()}.
 */
@Route("clusters/:id([0-9a-fA-F-]{36})")
@RolesAllowed(Permission.CLUSTER_VIEW)
@StyleSheet("styles/cluster.css")
class ClusterPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PROFILE_ORDER = 0;
    static final int MEMBERS_ORDER = 10;
    static final int HISTORY_ORDER = 1000;

    private record Section(int order, String id, String titleKey, Supplier<Component> content) {
    }

    private final ClusterService clusters;
    private final List<ClusterPageSection> contributed;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    final H1 title = new H1();
    final HorizontalLayout actions = new HorizontalLayout();
    ClusterProfile profile;

    ClusterPageView(ClusterService clusters, List<ClusterPageSection> contributed, Clock clock,
                    PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.clusters = clusters;
        this.contributed = contributed;
        this.clock = clock;
        setId("cluster-page");
        addClassName("cluster-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClusterId id;
        try {
            id = ClusterId.parse(event.getRouteParameters().get("id").orElse(""));
        } catch (Rejection.NotFound malformed) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // everything the page reads (profile, sections, history) in one read-only transaction and one connection
        // (issue #19: it was a transaction per service call, each setting the region and taking a pooled connection)
        boolean found = Boolean.TRUE.equals(readOnly.execute(transaction -> {
            var read = clusters.profile(id);
            read.ifPresent(fresh -> {
                profile = fresh;
                render();
            });
            return read.isPresent();
        }));
        if (!found) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        var back = new RouterLink(getTranslation("cluster.page.back"), ClusterListView.class);
        back.addClassName("cluster-back");
        title.setText(profile.name());
        var status = new Span(getTranslation("cluster.state." + profile.status().name()));
        status.getElement().getThemeList().add("badge" + (profile.status() == ClusterStatus.ACTIVE ? " success"
                : profile.status() == ClusterStatus.CLOSED ? " contrast" : ""));
        status.setId("cluster-page-status");
        var heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        actions.removeAll();
        actions.setId("cluster-page-actions");
        boolean mayEdit = clusters.mayEdit(profile.id());
        if (mayEdit) {
            var edit = new Button(getTranslation("cluster.edit"), VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent().navigate(ClusterEditView.class,
                            new RouteParameters("id", profile.id().toString())));
            edit.setId("cluster-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (clusters.mayManagePortfolio() && profile.status() != ClusterStatus.CLOSED) {
            var close = new Button(getTranslation("cluster.close"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                    click -> openCloseDialog());
            close.setId("cluster-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(close);
        }
        add(back, heading, actions);

        var sections = new ArrayList<Section>();
        sections.add(new Section(PROFILE_ORDER, "cluster-section-profile", "cluster.section.profile",
                () -> new ProfileSection(profile, clusters)));
        sections.add(new Section(MEMBERS_ORDER, "cluster-section-members", "cluster.section.members",
                () -> new MembersSection(profile, clusters, mayEdit, clock, this::reload)));
        sections.add(new Section(HISTORY_ORDER, "cluster-section-history", "cluster.section.history",
                () -> new HistorySection(clusters, profile.id())));
        contributed.stream().filter(ClusterPageSection::visible).forEach(section -> sections.add(new Section(
                section.order(), "cluster-section-" + section.getClass().getSimpleName(), section.titleKey(),
                () -> section.render(profile.id().value()))));
        sections.sort(Comparator.comparingInt(Section::order));
        for (Section section : sections) {
            var box = new Div(new H2(getTranslation(section.titleKey())), section.content().get());
            box.setId(section.id());
            box.addClassName("cluster-section");
            add(box);
        }
        // coming from a long edit form, the page would otherwise open scrolled down; its top is the back link (the
        // title alone would hide the link under the header)
        back.scrollIntoView();
    }

    void reload() {
        readOnly.executeWithoutResult(transaction -> clusters.profile(profile.id()).ifPresent(fresh -> {
            profile = fresh;
            render();
        }));
    }

    private void openCloseDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cluster.close.title", profile.name()));
        var date = new DateField(getTranslation("cluster.field.closedOn"));
        date.setId("cluster-close-date");
        date.setValue(LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        dialog.add(new Paragraph(getTranslation("cluster.close.text")), date);
        var confirm = new Button(getTranslation("cluster.close.confirm"));
        SaveAction.on(confirm, () -> {
            try {
                clusters.close(profile.id(), profile.version(), date.getValue());
                dialog.close();
                Notification.show(getTranslation("cluster.close.done", profile.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (Rejection.Invalid e) {
                date.setInvalid(true);
                date.setErrorMessage(Rejections.translate(e.errors().getFirst()));
            } catch (Rejection.Stale e) {
                dialog.close();
                reload();
                throw e;
            }
        });
        confirm.setId("cluster-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("cluster.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? getTranslation("clusters.title") : profile.name()) + " – " + getTranslation("app.name");
    }
}
