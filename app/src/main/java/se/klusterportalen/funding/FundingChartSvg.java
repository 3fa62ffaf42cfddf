package se.klusterportalen.funding;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Draws funding per year as SVG on the server: per year a stacked bar of the plan (solid) and, once reported, of
 * the outcome (hatched), each split into regional / other public / private money and labelled in mnkr; the
 * regional share as a line against the right axis (plan solid, outcome dashed).
 * Shared by the web pages and the PDF reports (vector graphics in both).
 */
public final class FundingChartSvg {

    public record Year(int year, FundingMix planned, Optional<FundingMix> actual) {
    }

    public record Labels(String title, String regional, String otherPublic, String privateFunding, String planned,
                  String actual, String sharePlanned, String shareActual, Locale language) {

    }

    public static final int WIDTH = 760;
    public static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 50;
    private static final int TOP = 40;
    private static final int BOTTOM = 90;
    private static final String[] COLOURS = {"#1f5fa8", "#3aa39a", "#e8952e"};
    private static final String[] KINDS = {"regional", "public", "private"};
    private static final List<ToLongFunction<FundingMix>> PARTS =
            List.of(FundingMix::regional, FundingMix::otherPublic, FundingMix::privateFunding);

    private FundingChartSvg() {
    }

    public static String render(List<Year> years, Labels labels) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(labels.title())).append("\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.append("<defs>");
        for (int i = 0; i < COLOURS.length; i++) {
            svg.append("<pattern id=\"hatch-").append(KINDS[i]).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                    .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"").append(COLOURS[i])
                    .append("\" fill-opacity=\"0.45\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(COLOURS[i])
                    .append("\" stroke-width=\"3\"/></pattern>");
        }
        svg.append("</defs>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"20\" font-size=\"14\" font-weight=\"600\">")
                .append(escape(labels.title())).append("</text>");

        long max = years.stream().flatMap(y -> java.util.stream.Stream.concat(java.util.stream.Stream.of(y.planned()), y.actual().stream()))
                .mapToLong(FundingMix::total).max().orElse(0);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int bottom = TOP + plotHeight;
        int slot = years.isEmpty() ? plotWidth : plotWidth / years.size();
        int barWidth = Math.min(46, Math.max(8, (slot - 16) / 2));
        int upward = upwardLength(max, barWidth, labels.language());
        // totals too wide to stand side by side above two bars of a year run upwards; the axis leaves room for them
        long scaleMax = upward == 0 ? niceMax(max) : niceMax(max * plotHeight / Math.max(1, plotHeight - upward - 4));
        axes(svg, scaleMax, plotHeight, bottom, labels.language());

        List<int[]> plannedShare = new ArrayList<>();
        List<int[]> actualShare = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Year year = years.get(i);
            int centre = LEFT + slot * i + slot / 2;
            int plannedX = centre - barWidth - 2;
            int actualX = centre + 2;
            int plannedTop = bar(svg, year.planned(), plannedX, barWidth, scaleMax, plotHeight, bottom, false, year.year());
            Optional<Integer> plannedMarker = share(year.planned()).map(y -> y(y, plotHeight, bottom));
            plannedMarker.ifPresent(y -> plannedShare.add(new int[]{plannedX + barWidth / 2, y}));
            total(svg, year.planned(), plannedX, barWidth, plannedTop, plannedMarker, false, upward > 0, labels.language());
            year.actual().ifPresent(actual -> {
                int actualTop = bar(svg, actual, actualX, barWidth, scaleMax, plotHeight, bottom, true, year.year());
                Optional<Integer> actualMarker = share(actual).map(y -> y(y, plotHeight, bottom));
                actualMarker.ifPresent(y -> actualShare.add(new int[]{actualX + barWidth / 2, y}));
                total(svg, actual, actualX, barWidth, actualTop, actualMarker, true, upward > 0, labels.language());
            });
            svg.append("<text x=\"").append(centre).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\" font-weight=\"600\">").append(year.year()).append("</text>");
        }
        line(svg, plannedShare, "share-planned", "");
        line(svg, actualShare, "share-actual", " stroke-dasharray=\"5 3\"");
        legend(svg, labels, bottom + 36);
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, long scaleMax, int plotHeight, int bottom, Locale language) {
        for (int tick = 0; tick <= 4; tick++) {
            int y = bottom - plotHeight * tick / 4;
            long value = scaleMax * tick / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#d8dde3\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\" fill=\"#555\">")
                    .append(escape(axisLabel(value, language))).append("</text>");
            svg.append("<text x=\"").append(WIDTH - RIGHT + 6).append("\" y=\"").append(y + 4).append("\" fill=\"#555\">")
                    .append(tick * 25).append("\u00a0%</text>");
        }
    }

    /**
     * An axis step in mnkr, without the decimal when it is a whole million ("2 000 mnkr", not "2 000,0 mnkr", which
     * would not fit left of the axis), else as {@link Kronor#mnkr}.
     */
    static String axisLabel(long value, Locale language) {
        String label = Kronor.mnkr(value, language);
        return value % 1_000_000 == 0 ? label.replace(",0\u00a0", "\u00a0") : label;
    }

    /** The stacked bar; returns the y of its top. */
    private static int bar(StringBuilder svg, FundingMix mix, int x, int width, long scaleMax, int plotHeight,
                           int bottom, boolean actual, int year) {
        int top = bottom;
        for (int part = 0; part < PARTS.size(); part++) {
            long amount = PARTS.get(part).applyAsLong(mix);
            int height = scaleMax == 0 ? 0 : (int) (amount * plotHeight / scaleMax);
            if (height <= 0) {
                continue;
            }
            top -= height;
            svg.append("<rect class=\"bar ").append(actual ? "actual " : "planned ").append(KINDS[part])
                    .append("\" data-year=\"").append(year).append("\" x=\"").append(x).append("\" y=\"").append(top)
                    .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"")
                    .append(actual ? "url(#hatch-" + KINDS[part] + ")" : COLOURS[part]).append("\"")
                    .append(actual ? " stroke=\"" + COLOURS[part] + "\"" : "").append("/>");
        }
        return top;
    }

    /**
     * The bar's total in mnkr just above it, or just above the bar's regional-share marker where the marker would sit
     * on the text (a 10 px label from {@code baseline - 9} to {@code baseline + 2}, a marker of radius 3.5), below it
     * where there is no room above.
     */
    static int totalBaseline(int top, Optional<Integer> marker) {
        int baseline = top - 4;
        if (marker.isEmpty()) {
            return baseline;
        }
        int m = marker.get();
        boolean overlaps = m + 5 >= baseline - 10 && m - 5 <= baseline + 3;
        if (!overlaps) {
            return baseline;
        }
        int above = Math.min(baseline, m - 9);
        return above - 10 >= TOP - 12 ? above : m + 15;
    }

    private static void total(StringBuilder svg, FundingMix mix, int x, int width, int top, Optional<Integer> marker,
                              boolean actual, boolean upwards, Locale language) {
        if (upwards) {
            // the number only, as every other upward total; the axis names the unit
            String label = escape(totalLabel(mix.total(), 0, language));
            int start = upwardStart(top, label.length(), marker);
            int baselineX = x + width / 2 + 4;
            svg.append("<text class=\"total upward\" x=\"").append(baselineX).append("\" y=\"").append(start)
                    .append("\" transform=\"rotate(-90 ").append(baselineX).append(' ').append(start)
                    .append(")\" font-size=\"10\"").append(actual ? " font-style=\"italic\"" : "").append('>')
                    .append(label).append("</text>");
            return;
        }
        String label = escape(totalLabel(mix.total(), width, language));
        svg.append("<text class=\"total\" x=\"").append(x + width / 2).append("\" y=\"").append(totalBaseline(top, marker))
                .append("\" text-anchor=\"middle\" font-size=\"10\"").append(actual ? " font-style=\"italic\"" : "")
                .append(">").append(label).append("</text>");
    }

    /** About how wide a label of the 10 px totals is: 5.6 px per character. */
    private static int labelLength(int characters) {
        return (int) Math.ceil(characters * 5.6);
    }

    /**
     * How long the totals are when they must run upwards, 0 when the widest fits above its bar (as in
     * {@link #totalLabel}): then the labels of a year's two bars, and of neighbouring years, would run into each
     * other (a region of 300 clusters: "1 234,5" over bars 24 px wide).
     */
    static int upwardLength(long max, int barWidth, Locale language) {
        int widest = labelLength(totalLabel(max, barWidth, language).length());
        return widest > barWidth + 4 ? labelLength(totalLabel(max, 0, language).length()) : 0;
    }

    /**
     * Where an upward total starts (its lowest point): 4 px above the bar, or above the bar's regional-share marker
     * (radius 3.5) when the text would cross it and there is room above (else just below the marker, inside the bar).
     */
    static int upwardStart(int top, int characters, Optional<Integer> marker) {
        int start = top - 4;
        int length = labelLength(characters);
        if (marker.isEmpty()) {
            return start;
        }
        int m = marker.get();
        boolean crosses = m + 5 >= start - length && m - 5 <= start;
        if (!crosses) {
            return start;
        }
        return m - 6 - length >= TOP - 12 ? Math.min(start, m - 6) : m + 6 + length;
    }

    /**
     * The total above a bar: "43,7 mnkr", or only "43,7" when that would be wider than the bar and its gap (about
     * 5.6 px per character at the labels' 10 px), so the labels of a year's two bars never run into each other; the
     * axis names the unit.
     */
    static String totalLabel(long total, int barWidth, Locale language) {
        String label = Kronor.mnkr(total, language);
        return label.length() * 5.6 > barWidth + 4 ? label.substring(0, label.lastIndexOf('\u00a0')) : label;
    }

    private static Optional<BigDecimal> share(FundingMix mix) {
        return mix.regionalShare();
    }

    private static int y(BigDecimal percent, int plotHeight, int bottom) {
        return bottom - percent.multiply(BigDecimal.valueOf(plotHeight))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    private static void line(StringBuilder svg, List<int[]> points, String cssClass, String dash) {
        if (points.isEmpty()) {
            return;
        }
        var path = new StringBuilder();
        points.forEach(p -> path.append(path.isEmpty() ? "" : " ").append(p[0]).append(',').append(p[1]));
        svg.append("<polyline class=\"").append(cssClass).append("\" points=\"").append(path)
                .append("\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"").append(dash).append("/>");
        boolean hollow = !dash.isEmpty();
        points.forEach(p -> svg.append("<circle cx=\"").append(p[0]).append("\" cy=\"").append(p[1])
                .append("\" r=\"3.5\" fill=\"").append(hollow ? "white" : "#c0392b").append("\" stroke=\"#c0392b\" stroke-width=\"1.5\"/>"));
    }

    private static void legend(StringBuilder svg, Labels labels, int y) {
        String[] names = {labels.regional(), labels.otherPublic(), labels.privateFunding()};
        int x = LEFT;
        for (int i = 0; i < names.length; i++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[i]).append("\"/><text x=\"").append(x + 17).append("\" y=\"").append(y).append("\">")
                    .append(escape(names[i])).append("</text>");
            x += 30 + names[i].length() * 6;
        }
        int second = y + 22;
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(second - 10)
                .append("\" width=\"12\" height=\"12\" fill=\"#888\"/><text x=\"").append(LEFT + 17).append("\" y=\"")
                .append(second).append("\">").append(escape(labels.planned())).append("</text>");
        int actualX = LEFT + 40 + labels.planned().length() * 6;
        svg.append("<rect x=\"").append(actualX).append("\" y=\"").append(second - 10)
                .append("\" width=\"12\" height=\"12\" fill=\"url(#hatch-regional)\" stroke=\"#1f5fa8\"/><text x=\"")
                .append(actualX + 17).append("\" y=\"").append(second).append("\">").append(escape(labels.actual())).append("</text>");
        int lineX = actualX + 40 + labels.actual().length() * 6;
        svg.append("<line x1=\"").append(lineX).append("\" x2=\"").append(lineX + 22).append("\" y1=\"").append(second - 4)
                .append("\" y2=\"").append(second - 4).append("\" stroke=\"#c0392b\" stroke-width=\"2\"/><text x=\"")
                .append(lineX + 27).append("\" y=\"").append(second).append("\">").append(escape(labels.sharePlanned())).append("</text>");
        int dashedX = lineX + 45 + labels.sharePlanned().length() * 6;
        svg.append("<line x1=\"").append(dashedX).append("\" x2=\"").append(dashedX + 22).append("\" y1=\"").append(second - 4)
                .append("\" y2=\"").append(second - 4).append("\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"")
                .append(dashedX + 27).append("\" y=\"").append(second).append("\">").append(escape(labels.shareActual())).append("</text>");
    }

    /** A round upper bound for the axis (1; 1,5; 2; 2,5; 3; 4; 5; 6 or 8 times a power of ten), at least 1 mnkr. */
    static long niceMax(long max) {
        long bound = 100_000;
        while (true) {
            for (long tenths : new long[]{10, 15, 20, 25, 30, 40, 50, 60, 80}) {
                if (max <= bound * tenths) {
                    return bound * tenths;
                }
            }
            bound *= 10;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
