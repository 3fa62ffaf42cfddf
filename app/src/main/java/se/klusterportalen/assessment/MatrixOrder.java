package se.klusterportalen.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The order of the matrix's rows: by name in the user's language ({@code key} null or {@code "cluster"}), or, when
 * the names are hidden, by letter (A … Z, AA …) so that the order gives nothing away; or by a column: a dimension's
 * code (its phase), {@code "overall"} (the overall phase as shown, "2*" after "2") or a horizontal area's code (its
 * level, missing last), ties in the name or letter order.
 */
public record MatrixOrder(@Nullable String key, boolean descending, boolean anonymous) {

    public static MatrixOrder byName(boolean anonymous) {
        return new MatrixOrder(null, false, anonymous);
    }
}
