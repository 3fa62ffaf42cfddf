package se.klusterportalen.cluster;

import java.util.UUID;

/** A contact person of a cluster; personal data, shown only with the permission contact.view. */
public record ContactPerson(UUID id, String name, String title, String email, String phone) {

    public static ContactPerson create(String name, String title, String email, String phone) {
        return new ContactPerson(null, name, title, email, phone);
    }
}
