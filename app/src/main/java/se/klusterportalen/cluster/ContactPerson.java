package se.klusterportalen.cluster;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A contact person of a cluster; personal data, shown only with the permission contact.view. */
public record ContactPerson(@Nullable UUID id, String name, @Nullable String title, @Nullable String email,
                            @Nullable String phone) {

    public static ContactPerson create(String name, String title, String email, String phone) {
        return new ContactPerson(null, name, title, email, phone);
    }
}
