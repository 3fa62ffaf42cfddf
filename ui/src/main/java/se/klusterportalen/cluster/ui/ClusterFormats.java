package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.cluster.ClusterChange;
import se.klusterportalen.cluster.County;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How the cluster views write values: Swedish numbers and dates, Swedish local time for stored UTC instants. */
final class ClusterFormats {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<String> YES_NO_FIELDS = Set.of("englishWebsite", "eccpRegistered", "communicationPlan");

    private ClusterFormats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A stored UTC instant as Swedish local time, e.g. "2026-11-23 14:05". */
    static String localTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(SWEDEN));
    }

    /** "0,5", "2,75", "6": decimal comma, no trailing zeros. */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.of("sv", "SE")));
        return format.format(value);
    }

    static String county(County county) {
        return county == null ? "" : county.officialName();
    }

    static String members(Optional<Integer> total) {
        return total.map(Formats::integer).orElse("–");
    }

    static String trend(Optional<Integer> change) {
        return change.map(c -> c > 0 ? "↑ +" + Formats.integer(c) : c < 0 ? "↓ −" + Formats.integer(-c) : "→ 0")
                .orElse("");
    }

    /** A history value as the user reads it: translated statuses and types, yes/no, decimal commas. */
    static String historyValue(Component view, ClusterChange.Field field, String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        return switch (field.name()) {
            case "status" -> view.getTranslation("cluster.state." + value);
            case "county" -> County.valueOf(value).officialName();
            case "memberType" -> view.getTranslation("cluster.member-type." + value);
            case "managementFte" -> decimal(new BigDecimal(value));
            default -> YES_NO_FIELDS.contains(field.name())
                    ? view.getTranslation(Boolean.parseBoolean(value) ? "cluster.yes" : "cluster.no") : value;
        };
    }
}
