package se.klusterportalen.audit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RegionDataCacheUnitTest {

    record Key(String region, DataVersion version, String language) implements RegionDataCache.Key {
    }

    @Test
    void aValueIsMadeOncePerKeyAndTwoRegionsWithTheSameVersionNeverShareOne() {
        var cache = new RegionDataCache<Key, String>(8);
        var made = new AtomicInteger();
        var version = new DataVersion(12, 340);

        assertThat(cache.get(new Key("skane", version, "sv"), () -> "Skåne " + made.incrementAndGet()))
                .isEqualTo("Skåne 1");
        assertThat(cache.get(new Key("skane", version, "sv"), () -> "Skåne " + made.incrementAndGet()))
                .isEqualTo("Skåne 1");
        assertThat(cache.get(new Key("nms", version, "sv"), () -> "NMS " + made.incrementAndGet()))
                .isEqualTo("NMS 2");
        assertThat(cache.get(new Key("skane", new DataVersion(13, 341), "sv"), () -> "Skåne " + made.incrementAndGet()))
                .as("a committed change is another version").isEqualTo("Skåne 3");
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void theLeastRecentlyUsedEntryFallsOutWhenFull() {
        var cache = new RegionDataCache<Key, String>(2);
        var version = new DataVersion(1, 1);
        cache.get(new Key("a", version, "sv"), () -> "a");
        cache.get(new Key("b", version, "sv"), () -> "b");
        cache.get(new Key("a", version, "sv"), () -> "a again"); // used: stays
        cache.get(new Key("c", version, "sv"), () -> "c");       // b falls out

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(new Key("a", version, "sv"), () -> "a made again")).isEqualTo("a");
        assertThat(cache.get(new Key("b", version, "sv"), () -> "b made again")).isEqualTo("b made again");
    }
}
