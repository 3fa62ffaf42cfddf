package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.List;

/** A profile group: when the cluster was founded, its status and the dates of its phases (see {@link ProfileBasics}). */
@Embeddable
class ProfileLifecycle {

    @Nullable Integer foundingYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ClusterStatus status = ClusterStatus.ACTIVE;
    @Nullable LocalDate setUpSince;
    @Nullable LocalDate activeSince;
    @Nullable LocalDate closedOn;

    static final List<ProfileColumn<ProfileLifecycle>> COLUMNS = List.of(
            new ProfileColumn<>("Grundat år", "foundingYear", "Årtal, t.ex. 2008", "2008",
                    (g, v) -> g.foundingYear = ClusterImport.integer(v), g -> g.foundingYear),
            new ProfileColumn<>("Status", "status", "Under uppbyggnad, Aktiv eller Avslutad (tomt: Aktiv för nya)",
                    "Aktiv", (g, v) -> g.status = v.isEmpty() ? ClusterStatus.ACTIVE : ClusterImport.status(v),
                    g -> g.status),
            new ProfileColumn<>("Under uppbyggnad sedan", "setUpSince", "Datum ÅÅÅÅ-MM-DD", "2007-09-01",
                    (g, v) -> g.setUpSince = ClusterImport.date(v), g -> g.setUpSince),
            new ProfileColumn<>("Aktiv sedan", "activeSince", "Datum ÅÅÅÅ-MM-DD", "2008-01-01",
                    (g, v) -> g.activeSince = ClusterImport.date(v), g -> g.activeSince),
            new ProfileColumn<>("Avslutad datum", "closedOn", "Datum ÅÅÅÅ-MM-DD; krävs när status är Avslutad", "",
                    (g, v) -> g.closedOn = ClusterImport.date(v), g -> g.closedOn));

    ProfileLifecycle copy() {
        var copy = new ProfileLifecycle();
        copy.foundingYear = foundingYear;
        copy.status = status;
        copy.setUpSince = setUpSince;
        copy.activeSince = activeSince;
        copy.closedOn = closedOn;
        return copy;
    }
}
