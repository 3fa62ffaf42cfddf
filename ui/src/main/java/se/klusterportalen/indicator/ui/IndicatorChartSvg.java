package se.klusterportalen.indicator.ui;

import se.klusterportalen.indicator.IndicatorRollup;

import java.math.BigDecimal;
import java.util.List;

/**
 * A small chart of one indicator over the rounds, drawn as SVG on the server (the style of the funding chart): per
 * round a bar of the summed exact values, and above it, lighter, the span the summed ranges add (low to high end);
 * the date under each bar, the sum above it. Values that cannot be summed are left out, as in the table.
 */
final class IndicatorChartSvg {

    static final int WIDTH = 240;
    static final int HEIGHT = 90;
    private static final int TOP = 16;
    private static final int BOTTOM = 18;
    private static final String BAR = "#1f5fa8";
    private static final String RANGE = "#9dbbe0";

    private IndicatorChartSvg() {
    }

    static String render(List<IndicatorRollup.RoundTotal> rounds, String title) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" font-family=\"sans-serif\" font-size=\"10\">");
        BigDecimal max = BigDecimal.ONE;
        for (var round : rounds) {
            max = max.max(top(round));
        }
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = rounds.isEmpty() ? WIDTH : WIDTH / rounds.size();
        int barWidth = Math.min(36, slot - 12);
        svg.append("<line x1=\"0\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" stroke=\"#888\"/>");
        for (int i = 0; i < rounds.size(); i++) {
            var round = rounds.get(i);
            int x = i * slot + (slot - barWidth) / 2;
            int base = HEIGHT - BOTTOM;
            int sumHeight = scale(round.sum(), max, plot);
            if (round.summed() > 0) {
                svg.append("<rect class=\"indicator-bar\" x=\"").append(x).append("\" y=\"").append(base - sumHeight)
                        .append("\" width=\"").append(barWidth).append("\" height=\"").append(sumHeight)
                        .append("\" fill=\"").append(BAR).append("\"/>");
            }
            if (round.ranges() > 0) {
                int low = scale(round.sum().add(round.rangeLow()), max, plot);
                int high = scale(round.sum().add(round.rangeHigh()), max, plot);
                svg.append("<rect class=\"indicator-range\" x=\"").append(x).append("\" y=\"").append(base - high)
                        .append("\" width=\"").append(barWidth).append("\" height=\"").append(Math.max(1, high - low))
                        .append("\" fill=\"").append(RANGE).append("\"/>");
            }
            int labelY = base - scale(top(round), max, plot) - 4;
            String label = !round.reported() ? "–" : round.summed() == 0 && round.ranges() == 0 ? "·"
                    : IndicatorTexts.number(round.sum().add(round.rangeHigh()));
            svg.append("<text text-anchor=\"middle\" x=\"").append(x + barWidth / 2).append("\" y=\"").append(labelY)
                    .append("\">").append(escape(label)).append("</text>");
            svg.append("<text text-anchor=\"middle\" fill=\"#555\" x=\"").append(x + barWidth / 2).append("\" y=\"")
                    .append(HEIGHT - 4).append("\">").append(round.round().measuredOn()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static BigDecimal top(IndicatorRollup.RoundTotal round) {
        return round.sum().add(round.rangeHigh()).max(BigDecimal.ZERO);
    }

    private static int scale(BigDecimal value, BigDecimal max, int plot) {
        if (value.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(plot)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
