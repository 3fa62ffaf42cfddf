package se.klusterportalen.cluster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a cluster meets ECCP's validation criteria, and for each unmet one what the cluster has instead.
 *
 * @param unmet the criteria not met, each with the cluster's actual value ("0.4", "12", "1"; empty when unknown)
 */
public record EccpEligibility(List<Unmet> unmet) {

    public static final BigDecimal MINIMUM_FTE = new BigDecimal("0.5");
    public static final int MINIMUM_MEMBERS = 15;
    public static final int MINIMUM_MEMBER_TYPES = 2;

    public record Unmet(EccpCriterion criterion, String actual) {
    }

    public EccpEligibility {
        unmet = List.copyOf(unmet);
    }

    public boolean eligible() {
        return unmet.isEmpty();
    }

    static EccpEligibility judge(BigDecimal managementFte, boolean englishWebsite, Optional<MemberCounts> latest) {
        var unmet = new ArrayList<Unmet>();
        if (managementFte == null || managementFte.compareTo(MINIMUM_FTE) < 0) {
            unmet.add(new Unmet(EccpCriterion.MANAGEMENT_FTE, managementFte == null ? "" : managementFte.toPlainString()));
        }
        if (!englishWebsite) {
            unmet.add(new Unmet(EccpCriterion.ENGLISH_WEBSITE, ""));
        }
        int total = latest.map(MemberCounts::total).orElse(0);
        if (total < MINIMUM_MEMBERS) {
            unmet.add(new Unmet(EccpCriterion.MEMBERS, latest.isEmpty() ? "" : Integer.toString(total)));
        }
        int types = latest.map(MemberCounts::typesPresent).orElse(0);
        if (types < MINIMUM_MEMBER_TYPES) {
            unmet.add(new Unmet(EccpCriterion.MEMBER_TYPES, latest.isEmpty() ? "" : Integer.toString(types)));
        }
        return new EccpEligibility(unmet);
    }
}
