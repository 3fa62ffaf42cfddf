package se.klusterportalen.cluster;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A profile group: the organisation that hosts the cluster (see {@link ProfileBasics}). */
@Embeddable
class ProfileHost {

    @Nullable String hostOrganisation;
    @Nullable String hostOrgNumber;

    static final List<ProfileColumn<ProfileHost>> COLUMNS = List.of(
            new ProfileColumn<>("Värdorganisation", "hostOrganisation", "Text, högst 200 tecken",
                    "Media Evolution ek. för.", (g, v) -> g.hostOrganisation = v, g -> g.hostOrganisation),
            new ProfileColumn<>("Organisationsnummer", "hostOrgNumber",
                    "Svenskt organisationsnummer NNNNNN-NNNN med giltig kontrollsiffra", "232100-0255",
                    (g, v) -> g.hostOrgNumber = v, g -> g.hostOrgNumber));

    ProfileHost copy() {
        var copy = new ProfileHost();
        copy.hostOrganisation = hostOrganisation;
        copy.hostOrgNumber = hostOrgNumber;
        return copy;
    }
}
