package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.MemberCounts;
import se.klusterportalen.cluster.MemberType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import se.klusterportalen.rejection.Rejection;

/** Records (or corrects) the member counts of one year. */
class MemberYearDialog extends Dialog {

    final IntegerField year = new IntegerField();
    final Map<MemberType, IntegerField> counts = new EnumMap<>(MemberType.class);
    final Button save = new Button();

    MemberYearDialog(ClusterService clusters, ClusterId cluster, MemberCounts existing, Clock clock, Runnable reload) {
        setId("member-year-dialog");
        setHeaderTitle(getTranslation(existing == null ? "cluster.members.add-year" : "cluster.members.edit-year",
                existing == null ? "" : existing.year()));
        var form = new FormLayout();
        year.setLabel(getTranslation("cluster.members.year"));
        year.setId("member-year");
        year.setValue(existing == null ? LocalDate.now(clock).getYear() - 1 : existing.year());
        year.setReadOnly(existing != null);
        form.add(year);
        for (MemberType type : MemberType.values()) {
            var field = new IntegerField(getTranslation("cluster.member-type." + type.name()));
            field.setId("member-count-" + type.name());
            field.setMin(0);
            field.setValue(existing == null ? 0 : existing.count(type));
            counts.put(type, field);
            form.add(field);
        }
        add(form);
        var fields = new LinkedHashMap<String, HasValidation>();
        fields.put("year", year);
        counts.forEach((type, field) -> fields.put(type.name(), field));
        save.setText(getTranslation("cluster.save"));
        save.setId("member-year-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            var values = new EnumMap<MemberType, Integer>(MemberType.class);
            counts.forEach((type, field) -> values.put(type, field.getValue() == null ? 0 : field.getValue()));
            try {
                clusters.saveMembers(cluster, new MemberCounts(year.getValue() == null ? 0 : year.getValue(), values,
                        existing == null ? 0 : existing.version()), existing == null);
                close();
                Notification.show(getTranslation("cluster.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload.run();
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, fields);
            } catch (Rejection.Stale e) {
                close();
                reload.run();
                throw e;
            }
        });
        getFooter().add(new Button(getTranslation("cluster.cancel"), click -> close()), save);
    }
}
