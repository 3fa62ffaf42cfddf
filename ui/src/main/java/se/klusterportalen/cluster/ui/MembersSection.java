package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

import org.jsoup.nodes.Entities;

import java.math.BigDecimal;
import java.time.Clock;
import se.klusterportalen.rejection.Rejection;

/** Members over time: latest total and trend, ECCP eligibility with reasons, counts per year, named members. */
class MembersSection extends Div {

    /** The year of the edit button clicked (its {@code data-year}), sent with the table's click. */
    static final String EDIT_YEAR = "event.target.closest('[data-year]')?.dataset.year";
    /** Only clicks on an edit button reach the server. */
    static final String EDIT_FILTER = "event.target.closest('[data-year]') !== null";

    /** The member counts per year, newest first: a table in one element's markup. */
    final Div years = new Div();
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

        // the counts per year as one element's markup (issue #19: a Vaadin Grid of 7 columns was ~55 state nodes and
        // its data communicator per view); the edit buttons carry their year, one listener on the table for them all
        years.setId("members-grid");
        years.addClassName("cluster-members-table-box");
        years.getElement().setProperty("innerHTML", table(profile, mayEdit));
        if (mayEdit) {
            years.getElement().addEventListener("click", event -> {
                var year = event.getEventData().get(EDIT_YEAR);
                if (year == null || !year.isString()) {
                    return;
                }
                profile.members().stream().filter(counts -> Integer.toString(counts.year()).equals(year.asString()))
                        .findFirst().ifPresent(counts ->
                                new MemberYearDialog(clusters, profile.id(), counts, clock, reload).open());
            }).addEventData(EDIT_YEAR).setFilter(EDIT_FILTER);
        }
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

    /**
     * The counts per year, newest first, as a table (caption, column and row headers): year, one column per member
     * type, total, and (for those who may edit) an edit button per year carrying the year ({@code data-year}).
     */
    private String table(ClusterProfile profile, boolean mayEdit) {
        var html = new StringBuilder(256 + 160 * profile.members().size())
                .append("<table class=\"cluster-members-table\"><caption>")
                .append(Entities.escape(getTranslation("cluster.members.table"))).append("</caption><thead><tr>");
        header(html, getTranslation("cluster.members.year"), false);
        for (MemberType type : MemberType.values()) {
            header(html, getTranslation("cluster.member-type." + type.name()), true);
        }
        header(html, getTranslation("cluster.members.total"), true);
        if (mayEdit) {
            html.append("<th scope=\"col\"><span class=\"cluster-members-hidden\">")
                    .append(Entities.escape(getTranslation("cluster.members.edit"))).append("</span></th>");
        }
        html.append("</tr></thead><tbody>");
        for (MemberCounts counts : profile.members().reversed()) {
            html.append("<tr><th scope=\"row\">").append(counts.year()).append("</th>");
            for (MemberType type : MemberType.values()) {
                html.append("<td class=\"cluster-members-number\">").append(Entities.escape(Formats.integer(counts.count(type))))
                        .append("</td>");
            }
            html.append("<td class=\"cluster-members-number\">").append(Entities.escape(Formats.integer(counts.total())))
                    .append("</td>");
            if (mayEdit) {
                html.append("<td><vaadin-button theme=\"tertiary-inline\" data-year=\"").append(counts.year())
                        .append("\" aria-label=\"")
                        .append(Entities.escape(getTranslation("cluster.members.edit-year", counts.year())))
                        .append("\"><vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></vaadin-button></td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static void header(StringBuilder html, String text, boolean number) {
        html.append(number ? "<th scope=\"col\" class=\"cluster-members-number\">" : "<th scope=\"col\">")
                .append(Entities.escape(text)).append("</th>");
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
