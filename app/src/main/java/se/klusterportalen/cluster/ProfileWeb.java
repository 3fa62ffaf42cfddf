package se.klusterportalen.cluster;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A profile group: the cluster's website and whether it is in English (see {@link ProfileBasics}). */
@Embeddable
class ProfileWeb {

    @Nullable String website;
    boolean englishWebsite;

    static final List<ProfileColumn<ProfileWeb>> COLUMNS = List.of(
            new ProfileColumn<>("Webbplats", "website", "Adress som börjar med http:// eller https://",
                    "https://www.mediaevolution.se", (g, v) -> g.website = v, g -> g.website),
            new ProfileColumn<>("Engelsk webbplats", "englishWebsite", "ja eller nej", "ja",
                    (g, v) -> g.englishWebsite = ClusterImport.yesNo(v), g -> g.englishWebsite));

    ProfileWeb copy() {
        var copy = new ProfileWeb();
        copy.website = website;
        copy.englishWebsite = englishWebsite;
        return copy;
    }
}
