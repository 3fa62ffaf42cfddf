package se.klusterportalen.cluster;

import java.util.EnumMap;
import java.util.Map;

/**
 * A cluster's members in one year, per member type.
 *
 * @param version the stored row's version, for a later save of the same year (0 for a year not stored yet)
 */
public record MemberCounts(int year, Map<MemberType, Integer> byType, long version) {

    public MemberCounts {
        var copy = new EnumMap<MemberType, Integer>(MemberType.class);
        for (MemberType type : MemberType.values()) {
            Integer count = byType.get(type);
            copy.put(type, count == null ? 0 : count);
        }
        byType = Map.copyOf(copy);
    }

    public static MemberCounts of(int year, int sme, int largeCompanies, int academia, int publicSector, int other) {
        return new MemberCounts(year, Map.of(MemberType.SME, sme, MemberType.LARGE_COMPANY, largeCompanies,
                MemberType.ACADEMIA, academia, MemberType.PUBLIC_SECTOR, publicSector, MemberType.OTHER, other), 0);
    }

    public int count(MemberType type) {
        return byType.get(type);
    }

    public int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many member types have at least one member. */
    public int typesPresent() {
        return (int) byType.values().stream().filter(count -> count > 0).count();
    }
}
