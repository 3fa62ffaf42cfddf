package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A profile group: the management's size in full-time equivalents and the registration on the European Cluster
 * Collaboration Platform (see {@link ProfileBasics}, {@link EccpEligibility}).
 */
@Embeddable
class ProfileEccp {

    @Column(precision = 5, scale = 2)
    @Nullable BigDecimal managementFte;
    boolean eccpRegistered;
    @Nullable LocalDate eccpRegisteredOn;
    @Nullable String eccpProfileUrl;

    static final List<ProfileColumn<ProfileEccp>> COLUMNS = List.of(
            new ProfileColumn<>("Årsarbetskrafter ledning", "managementFte",
                    "Decimaltal med komma eller punkt, t.ex. 2,5", "2,5",
                    (g, v) -> g.managementFte = ClusterImport.decimal(v),
                    g -> g.managementFte == null ? null : g.managementFte.stripTrailingZeros()),
            new ProfileColumn<>("ECCP-registrerad", "eccpRegistered", "ja eller nej", "ja",
                    (g, v) -> g.eccpRegistered = ClusterImport.yesNo(v), g -> g.eccpRegistered),
            new ProfileColumn<>("ECCP-registrerad datum", "eccpRegisteredOn", "Datum ÅÅÅÅ-MM-DD", "2019-05-14",
                    (g, v) -> g.eccpRegisteredOn = ClusterImport.date(v), g -> g.eccpRegisteredOn),
            new ProfileColumn<>("ECCP-profil", "eccpProfileUrl", "Adress till profilen på clustercollaboration.eu",
                    "https://reporting.clustercollaboration.eu/media-evolution", (g, v) -> g.eccpProfileUrl = v,
                    g -> g.eccpProfileUrl));

    ProfileEccp copy() {
        var copy = new ProfileEccp();
        copy.managementFte = managementFte;
        copy.eccpRegistered = eccpRegistered;
        copy.eccpRegisteredOn = eccpRegisteredOn;
        copy.eccpProfileUrl = eccpProfileUrl;
        return copy;
    }
}
