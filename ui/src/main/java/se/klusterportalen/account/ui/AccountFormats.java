package se.klusterportalen.account.ui;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.account.BoundCluster;
import se.klusterportalen.security.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Swedish date and time ("2026-11-29 14:05", Swedish time) and the small texts the pages share. */
final class AccountFormats {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private AccountFormats() {
    }

    static String time(@Nullable Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    static String roleKey(@Nullable Role role) {
        return role == null ? "account.role.none" : "role." + role.keycloakName();
    }

    static String clusters(List<BoundCluster> clusters) {
        return clusters.stream().map(BoundCluster::name).collect(Collectors.joining(", "));
    }
}
