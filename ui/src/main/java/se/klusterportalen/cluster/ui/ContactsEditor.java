package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.cluster.ContactPerson;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The contact persons of a cluster: one row of name, title, e-mail and phone each. */
class ContactsEditor extends CustomField<List<ContactPerson>> {

    private record Row(UUID id, TextField name, TextField title, TextField email, TextField phone,
                       HorizontalLayout layout) {
        ContactPerson toPerson() {
            return new ContactPerson(id, name.getValue(), title.getValue(), email.getValue(), phone.getValue());
        }
    }

    private final Div rows = new Div();
    private final List<Row> current = new ArrayList<>();

    ContactsEditor() {
        setId("edit-contacts");
        var add = new Button(getTranslation("cluster.contacts.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(ContactPerson.create("", "", "", ""));
            updateValue();
        });
        add.setId("contacts-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, add);
    }

    private void addRow(ContactPerson person) {
        var name = field("cluster.contacts.name", person.name());
        var title = field("cluster.contacts.title", person.title());
        var email = field("cluster.contacts.email", person.email());
        var phone = field("cluster.contacts.phone", person.phone());
        var layout = new HorizontalLayout(name, title, email, phone);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var row = new Row(person.id(), name, title, email, phone, layout);
        var remove = new Button(VaadinIcon.TRASH.create(), click -> {
            current.remove(row);
            rows.remove(layout);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("cluster.contacts.remove"));
        layout.add(remove);
        current.add(row);
        rows.add(layout);
    }

    private TextField field(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.addValueChangeListener(change -> updateValue());
        return field;
    }

    @Override
    protected List<ContactPerson> generateModelValue() {
        return current.stream().map(Row::toPerson).toList();
    }

    @Override
    protected void setPresentationValue(List<ContactPerson> people) {
        current.clear();
        rows.removeAll();
        (people == null ? List.<ContactPerson>of() : people).forEach(this::addRow);
    }
}
