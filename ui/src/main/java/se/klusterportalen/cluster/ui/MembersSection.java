package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.text.Collation;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.cluster.ClusterProfile;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.EccpCriterion;
import se.klusterportalen.cluster.EccpEligibility;
import se.klusterportalen.cluster.MemberCounts;
import se.klusterportalen.cluster.MemberType;
import se.klusterportalen.cluster.NamedMember;

import java.math.BigDecimal;
import java.time.Clock;
import se.klusterportalen.rejection.Rejection;

/** Members over time: latest total and trend, ECCP eligibility with reasons, counts per year, named members. */
class MembersSection extends Div {

    final Grid<MemberCounts> years = new Grid<>();
    final Span summary = new Span();
    final Div eccp = new Div();

    /** @param mayEdit whether the user may edit this cluster ({@link ClusterService#mayEdit}, asked once by the page) */
    MembersSection(ClusterProfile profile, ClusterService clusters, boolean mayEdit, Clock clock, Runnable reload) {
        addClassName("cluster-members");

        summary.setId("members-summary");
        summary.addClassName("cluster-members-summary");
        summary.setText(profile.latestMembers().map(latest -> getTranslation("cluster.members.latest",
                        Formats.integer(latest.total()), Integer.toString(latest.year()))
                        + profile.memberTrend().map(change -> " " + getTranslation("cluster.members.trend",
                        ClusterFormats.trend(java.util.Optional.of(change)))).orElse(""))
                .orElse(getTranslation("cluster.members.none")));
        add(summary, eccpBox(profile));

        years.setId("members-grid");
        years.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        years.setAllRowsVisible(true);
        Grids.readable(years);
        years.addColumn(counts -> Integer.toString(counts.year())).setHeader(getTranslation("cluster.members.year"))
                .setKey("year");
        for (MemberType type : MemberType.values()) {
            years.addColumn(counts -> Formats.integer(counts.count(type)))
                    .setHeader(getTranslation("cluster.member-type." + type.name())).setKey(type.name())
                    .setTextAlign(ColumnTextAlign.END);
        }
        years.addColumn(counts -> Formats.integer(counts.total())).setHeader(getTranslation("cluster.members.total"))
                .setKey("total").setTextAlign(ColumnTextAlign.END);
        if (mayEdit) {
            years.addComponentColumn(counts -> {
                var edit = new Button(VaadinIcon.EDIT.create(),
                        click -> new MemberYearDialog(clusters, profile.id(), counts, clock, reload).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("cluster.members.edit-year", counts.year()));
                return edit;
            }).setKey("edit").setFlexGrow(0).setWidth("4em");
        }
        years.setItems(profile.members().reversed());
        if (!profile.members().isEmpty()) {
            add(years);
        }
        if (mayEdit) {
            var addYear = new Button(getTranslation("cluster.members.add-year"), VaadinIcon.PLUS.create(),
                    click -> new MemberYearDialog(clusters, profile.id(), null, clock, reload).open());
            addYear.setId("members-add-year");
            add(addYear);
        }
        add(namedMembers(profile, clusters, mayEdit, reload));
    }

    private Div eccpBox(ClusterProfile profile) {
        eccp.setId("members-eccp");
        eccp.addClassName("cluster-eccp");
        EccpEligibility eligibility = profile.eccp();
        var head = new Span(getTranslation(eligibility.eligible() ? "cluster.eccp.meets" : "cluster.eccp.does-not-meet"));
        head.getElement().getThemeList().add(eligibility.eligible() ? "badge success" : "badge error");
        eccp.add(head);
        if (profile.eccpRegistered()) {
            var registered = new Span(getTranslation("cluster.eccp.registered"));
            registered.getElement().getThemeList().add("badge");
            eccp.add(new Span(" "), registered);
        }
        if (!eligibility.eligible()) {
            var reasons = new UnorderedList();
            reasons.setId("members-eccp-unmet");
            for (EccpEligibility.Unmet unmet : eligibility.unmet()) {
                reasons.add(new ListItem(getTranslation("cluster.eccp.unmet." + unmet.criterion().name(),
                        actual(unmet))));
            }
            eccp.add(reasons);
        }
        return eccp;
    }

    private String actual(EccpEligibility.Unmet unmet) {
        if (unmet.actual().isEmpty()) {
            return getTranslation("cluster.eccp.unknown");
        }
        return unmet.criterion() == EccpCriterion.MANAGEMENT_FTE
                ? ClusterFormats.decimal(new BigDecimal(unmet.actual())) : unmet.actual();
    }

    private Div namedMembers(ClusterProfile profile, ClusterService clusters, boolean mayEdit, Runnable reload) {
        var box = new Div();
        box.setId("members-named");
        box.addClassName("cluster-named-members");
        var named = clusters.namedMembers(profile.id());
        box.add(new Span(getTranslation("cluster.named.title")));
        var list = new UnorderedList();
        for (NamedMember member : named.stream().sorted(Collation.comparing(NamedMember::name, getLocale())).toList()) {
            var item = new ListItem(member.name() + " · " + getTranslation("cluster.member-type." + member.type().name())
                    + (member.memberSince() == null ? "" : " · " + getTranslation("cluster.named.since", member.memberSince().toString())));
            if (mayEdit) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                    clusters.removeNamedMember(profile.id(), member.id());
                    reload.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("cluster.named.remove", member.name()));
                item.add(remove);
            }
            list.add(item);
        }
        if (named.isEmpty()) {
            list.add(new ListItem(getTranslation("cluster.named.none")));
        }
        box.add(list);
        if (mayEdit) {
            var name = new TextField(getTranslation("cluster.named.name"));
            name.setId("named-name");
            var type = new Select<MemberType>();
            type.setLabel(getTranslation("cluster.named.type"));
            type.setItems(MemberType.values());
            type.setItemLabelGenerator(t -> getTranslation("cluster.member-type." + t.name()));
            type.setValue(MemberType.SME);
            type.setId("named-type");
            type.setWidth("17em"); // "Små och medelstora företag" whole
            var since = new IntegerField(getTranslation("cluster.named.since-label"));
            since.setId("named-since");
            since.setWidth("11em"); // the label "Medlem sedan (år)" whole
            var add = new Button(getTranslation("cluster.named.add"));
            SaveAction.on(add, () -> {
                try {
                    clusters.addNamedMember(profile.id(), name.getValue(), type.getValue(), since.getValue());
                    reload.run();
                } catch (Rejection.Invalid e) {
                    Rejections.showAt(e, java.util.Map.of("memberName", name, "memberType", type, "memberSince", since));
                }
            });
            add.setId("named-add");
            var form = new HorizontalLayout(name, type, since, add);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            box.add(form);
        }
        return box;
    }
}
