package se.klusterportalen.assessment;

import java.util.Locale;

/**
 * The heat-map colours of phases, the same on the web pages and in the PDF reports: a colour per phase (0 white,
 * 1 light red … 4 green) for the portfolio matrix, and a blue whose strength grows with a share of the clusters for
 * the phase distribution. CSS hex colours ({@code #rrggbb}).
 */
public final class PhaseColours {

    private static final String[] PHASE = {"#ffffff", "#f6d5c8", "#fbe9b7", "#d3ead0", "#9fd3a8"};

    private PhaseColours() {
    }

    /** The colour of a phase in the matrix; phases above 4 take the colour of 4. */
    public static String phase(int phase) {
        return PHASE[Math.clamp(phase, 0, PHASE.length - 1)];
    }

    /** White for none of {@code total} clusters, a full light blue (#5b9bd5) for all of them. */
    public static String share(int count, int total) {
        double share = total <= 0 ? 0 : Math.clamp((double) count / total, 0, 1);
        int r = (int) Math.round(255 - share * (255 - 0x5b));
        int g = (int) Math.round(255 - share * (255 - 0x9b));
        int b = (int) Math.round(255 - share * (255 - 0xd5));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
