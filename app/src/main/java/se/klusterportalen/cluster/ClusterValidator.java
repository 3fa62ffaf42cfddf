package se.klusterportalen.cluster;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.text.PlainText;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The profile rules. Cleans the draft in place (normalises texts with {@link PlainText}, empties blanks, writes
 * the organisation number as NNNNNN-NNNN) and returns field -> message key for every rule it breaks. Uniqueness of the name is the service's.
 */
final class ClusterValidator {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int URL_MAX = 300;
    static final int CONTACTS_MAX = 10;
    static final int EARLIEST_FOUNDING_YEAR = 1800;
    private static final BigDecimal FTE_MAX = new BigDecimal("999.99");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{5,40}");

    private ClusterValidator() {
    }

    static Map<String, String> validate(ClusterDraft draft, LocalDate today, Set<UUID> knownAreas) {
        var errors = new LinkedHashMap<String, String>();
        draft.setName(clean(draft.getName()));
        draft.setDescription(cleanLines(draft.getDescription()));
        draft.setSector(clean(draft.getSector()));
        draft.setHostOrganisation(clean(draft.getHostOrganisation()));
        String typedOrgNumber = draft.getHostOrgNumber();
        draft.setHostOrgNumber(clean(draft.getHostOrgNumber()));
        draft.setWebsite(clean(draft.getWebsite()));
        draft.setEccpProfileUrl(clean(draft.getEccpProfileUrl()));

        if (draft.getName() == null) {
            errors.put("name", "cluster.error.name.required");
        } else if (draft.getName().length() > NAME_MAX) {
            errors.put("name", "cluster.error.name.too-long");
        }
        tooLong(errors, "description", draft.getDescription(), DESCRIPTION_MAX);
        tooLong(errors, "sector", draft.getSector(), TEXT_MAX);
        tooLong(errors, "hostOrganisation", draft.getHostOrganisation(), TEXT_MAX);
        if (!knownAreas.containsAll(draft.getAreaIds())) {
            errors.put("areaIds", "cluster.error.areas.unknown");
        }
        if (draft.getFoundingYear() != null
                && (draft.getFoundingYear() < EARLIEST_FOUNDING_YEAR || draft.getFoundingYear() > today.getYear())) {
            errors.put("foundingYear", "cluster.error.founding-year.range");
        }
        statusAndDates(draft, today, errors);
        if (draft.getHostOrgNumber() != null) {
            // checked as typed, so that the message can name an invisible or look-alike character
            var checked = OrganisationNumber.check(typedOrgNumber);
            checked.number().ifPresentOrElse(draft::setHostOrgNumber,
                    () -> errors.put("hostOrgNumber", checked.reasonKey()));
        }
        url(errors, "website", draft.getWebsite());
        if (draft.getManagementFte() != null && (draft.getManagementFte().signum() < 0
                || draft.getManagementFte().compareTo(FTE_MAX) > 0
                || draft.getManagementFte().stripTrailingZeros().scale() > 2)) {
            errors.put("managementFte", "cluster.error.fte.range");
        }
        if (!draft.isEccpRegistered() && (draft.getEccpRegisteredOn() != null || draft.getEccpProfileUrl() != null)) {
            errors.put("eccpRegistered", "cluster.error.eccp.details-without-registration");
        }
        notInFuture(errors, "eccpRegisteredOn", draft.getEccpRegisteredOn(), today);
        url(errors, "eccpProfileUrl", draft.getEccpProfileUrl());
        if (!draft.isCommunicationPlan() && draft.getCommunicationPlanAdoptedOn() != null) {
            errors.put("communicationPlan", "cluster.error.communication-plan.date-without-plan");
        }
        notInFuture(errors, "communicationPlanAdoptedOn", draft.getCommunicationPlanAdoptedOn(), today);
        contacts(draft, errors);
        return errors;
    }

    private static void statusAndDates(ClusterDraft draft, LocalDate today, Map<String, String> errors) {
        if (draft.getStatus() == null) {
            errors.put("status", "cluster.error.status.required");
            return;
        }
        if (draft.getStatus() == ClusterStatus.CLOSED && draft.getClosedOn() == null) {
            errors.put("closedOn", "cluster.error.closed-on.required");
        }
        if (draft.getStatus() != ClusterStatus.CLOSED && draft.getClosedOn() != null) {
            errors.put("closedOn", "cluster.error.closed-on.only-when-closed");
        }
        if (draft.getStatus() == ClusterStatus.BEING_SET_UP && draft.getActiveSince() != null) {
            errors.put("activeSince", "cluster.error.active-since.not-yet-active");
        }
        notInFuture(errors, "setUpSince", draft.getSetUpSince(), today);
        notInFuture(errors, "activeSince", draft.getActiveSince(), today);
        notInFuture(errors, "closedOn", draft.getClosedOn(), today);
        if (before(draft.getActiveSince(), draft.getSetUpSince())) {
            errors.putIfAbsent("activeSince", "cluster.error.dates.order");
        }
        if (before(draft.getClosedOn(), draft.getActiveSince()) || before(draft.getClosedOn(), draft.getSetUpSince())) {
            errors.putIfAbsent("closedOn", "cluster.error.dates.order");
        }
    }

    private static void contacts(ClusterDraft draft, Map<String, String> errors) {
        var cleaned = new ArrayList<ContactPerson>();
        for (ContactPerson contact : draft.getContacts()) {
            var person = new ContactPerson(contact.id(), clean(contact.name()), clean(contact.title()),
                    clean(contact.email()), clean(contact.phone()));
            if (person.name() == null && person.title() == null && person.email() == null && person.phone() == null) {
                continue;
            }
            if (person.name() == null) {
                errors.putIfAbsent("contacts", "cluster.error.contact.name-required");
            } else if (longerThan(person.name(), TEXT_MAX) || longerThan(person.title(), TEXT_MAX)
                    || longerThan(person.email(), TEXT_MAX)) {
                errors.putIfAbsent("contacts", "cluster.error.text.too-long");
            } else if (person.email() != null && !EMAIL.matcher(person.email()).matches()) {
                errors.putIfAbsent("contacts", "cluster.error.contact.email-invalid");
            } else if (person.phone() != null && !PHONE.matcher(person.phone()).matches()) {
                errors.putIfAbsent("contacts", "cluster.error.contact.phone-invalid");
            }
            cleaned.add(person);
        }
        if (cleaned.size() > CONTACTS_MAX) {
            errors.putIfAbsent("contacts", "cluster.error.contact.too-many");
        }
        draft.setContacts(cleaned);
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (longerThan(value, max)) {
            errors.put(field, "cluster.error.text.too-long");
        }
    }

    private static boolean longerThan(String value, int max) {
        return value != null && value.length() > max;
    }

    private static void url(Map<String, String> errors, String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > URL_MAX) {
            errors.put(field, "cluster.error.text.too-long");
            return;
        }
        try {
            var uri = new URI(value);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || !uri.getHost().contains(".")) {
                errors.put(field, "cluster.error.url.invalid");
            }
        } catch (URISyntaxException e) {
            errors.put(field, "cluster.error.url.invalid");
        }
    }

    private static void notInFuture(Map<String, String> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.putIfAbsent(field, "cluster.error.date.in-future");
        }
    }

    private static boolean before(@Nullable LocalDate date, @Nullable LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }

    /** A one-line text as {@link PlainText#line} normalises it, {@code null} when nothing is left. */
    static @Nullable String clean(@Nullable String text) {
        return PlainText.lineOrNull(text);
    }

    private static @Nullable String cleanLines(@Nullable String text) {
        String lines = PlainText.lines(text);
        return lines.isEmpty() ? null : lines;
    }
}
