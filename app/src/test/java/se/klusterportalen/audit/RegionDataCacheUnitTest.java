package se.klusterportalen.audit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionDataCacheUnitTest {

    record Key(String region, DataVersion version, String language) implements RegionDataCache.Key {
    }

    private static final Set<DataKind> KINDS = Set.of(DataKind.CLUSTERS, DataKind.FUNDING);

    private static DataVersion version(long clusters, long funding) {
        return new DataVersion(Map.of(DataKind.CLUSTERS, clusters, DataKind.FUNDING, funding));
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private double gets(String result) {
        return meters.get("cache.gets").tag("cache", "test").tag("result", result).counter().count();
    }

    @Test
    void aValueIsMadeOncePerKeyAndTwoRegionsWithTheSameVersionNeverShareOne() {
        var cache = new RegionDataCache<Key, String>("test", KINDS, 8, meters);
        var made = new AtomicInteger();
        var version = version(12, 340);

        assertThat(cache.get(new Key("skane", version, "sv"), () -> "Skåne " + made.incrementAndGet()))
                .isEqualTo("Skåne 1");
        assertThat(cache.get(new Key("skane", version(12, 340), "sv"), () -> "Skåne " + made.incrementAndGet()))
                .isEqualTo("Skåne 1");
        assertThat(cache.get(new Key("nms", version, "sv"), () -> "NMS " + made.incrementAndGet()))
                .isEqualTo("NMS 2");
        assertThat(cache.get(new Key("skane", version(12, 341), "sv"), () -> "Skåne " + made.incrementAndGet()))
                .as("a committed change of one of its kinds is another version").isEqualTo("Skåne 3");
        assertThat(cache.size()).isEqualTo(3);
        assertThat(gets("hit")).isEqualTo(1);
        assertThat(gets("miss")).isEqualTo(3);
    }

    @Test
    void aKeyVersionedByOtherKindsThanTheCachesIsRefused() {
        var cache = new RegionDataCache<Key, String>("test", KINDS, 8, meters);
        var clustersOnly = new DataVersion(Map.of(DataKind.CLUSTERS, 1L));
        assertThatThrownBy(() -> cache.get(new Key("skane", clustersOnly, "sv"), () -> "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cache.size()).isZero();
    }

    @Test
    void theLeastRecentlyUsedEntryFallsOutWhenFull() {
        var cache = new RegionDataCache<Key, String>("test", KINDS, 2, meters);
        var version = version(1, 1);
        cache.get(new Key("a", version, "sv"), () -> "a");
        cache.get(new Key("b", version, "sv"), () -> "b");
        cache.get(new Key("a", version, "sv"), () -> "a again"); // used: stays
        cache.get(new Key("c", version, "sv"), () -> "c");       // b falls out

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(new Key("a", version, "sv"), () -> "a made again")).isEqualTo("a");
        assertThat(cache.get(new Key("b", version, "sv"), () -> "b made again")).isEqualTo("b made again");
    }
}
