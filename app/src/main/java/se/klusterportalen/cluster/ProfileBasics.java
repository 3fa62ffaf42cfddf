package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.List;

/**
 * A profile group: what the cluster is — name, description, sector and county. Its fields are columns of table
 * {@code cluster} (same names as before the groups, no migration) and, through {@link #COLUMNS}, of the import.
 */
@Embeddable
class ProfileBasics {

    @Column(nullable = false)
    String name;
    @Nullable String description;
    @Nullable String sector;
    @Enumerated(EnumType.STRING)
    @Nullable County county;

    static final List<ProfileColumn<ProfileBasics>> COLUMNS = List.of(
            new ProfileColumn<>("Namn", "name", "Text, högst 200 tecken; unik i regionen. Finns namnet ändras klustret.",
                    "Media Evolution", (g, v) -> g.name = v, g -> g.name),
            new ProfileColumn<>("Beskrivning", "description", "Text, högst 2000 tecken",
                    "Kluster för digitalisering och media", (g, v) -> g.description = v, g -> g.description),
            new ProfileColumn<>("Bransch/tema", "sector", "Text, högst 200 tecken", "Digitalisering och media",
                    (g, v) -> g.sector = v, g -> g.sector),
            new ProfileColumn<>("Län", "county", "Länets namn, t.ex. Skåne län eller Skåne", "Skåne län",
                    (g, v) -> g.county = ClusterImport.county(v), g -> g.county));

    ProfileBasics copy() {
        var copy = new ProfileBasics();
        copy.name = name;
        copy.description = description;
        copy.sector = sector;
        copy.county = county;
        return copy;
    }
}
