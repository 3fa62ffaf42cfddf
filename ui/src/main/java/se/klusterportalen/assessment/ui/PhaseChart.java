package se.klusterportalen.assessment.ui;

import java.util.List;
import java.util.Optional;

/**
 * A horizontal bar chart of the five dimension phases, drawn on the server as SVG: the latest fixed round as a
 * solid bar, the previous round (when there is one) as a thinner grey bar beneath it.
 */
final class PhaseChart {

    record Bar(String label, int latest, Optional<Integer> previous) {
    }

    static final int LABEL_WIDTH = 190;
    static final int PLOT_WIDTH = 320;
    static final int ROW_HEIGHT = 38;
    static final int TOP = 24;

    private PhaseChart() {
    }

    static String svg(List<Bar> bars, int highestPhase, String latestName, Optional<String> previousName,
                      String title) {
        int height = TOP + bars.size() * ROW_HEIGHT + 44;
        int width = LABEL_WIDTH + PLOT_WIDTH + 20;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"assessment-chart\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"").append(escape(title)).append("\">");
        for (int phase = 0; phase <= highestPhase; phase++) {
            int x = x(phase, highestPhase);
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(TOP + bars.size() * ROW_HEIGHT).append("\" class=\"grid\"/>");
            svg.append("<text x=\"").append(x).append("\" y=\"").append(TOP - 10)
                    .append("\" text-anchor=\"middle\" class=\"axis\">").append(phase).append("</text>");
        }
        int y = TOP;
        for (Bar bar : bars) {
            svg.append("<text x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(y + 20)
                    .append("\" text-anchor=\"end\" class=\"label\">").append(escape(bar.label())).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 6).append("\" width=\"")
                    .append(x(bar.latest(), highestPhase) - LABEL_WIDTH).append("\" height=\"16\" class=\"latest\">")
                    .append("<title>").append(escape(latestName + ": " + bar.latest())).append("</title></rect>");
            int barY = y + 24;
            bar.previous().ifPresent(previous -> svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"")
                    .append(barY).append("\" width=\"").append(x(previous, highestPhase) - LABEL_WIDTH)
                    .append("\" height=\"8\" class=\"previous\"><title>")
                    .append(escape(previousName.orElse("") + ": " + previous)).append("</title></rect>"));
            y += ROW_HEIGHT;
        }
        int legendY = y + 22;
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(legendY - 11)
                .append("\" width=\"14\" height=\"14\" class=\"latest\"/>");
        svg.append("<text x=\"").append(LABEL_WIDTH + 20).append("\" y=\"").append(legendY)
                .append("\" class=\"legend\">").append(escape(latestName)).append("</text>");
        previousName.ifPresent(name -> {
            svg.append("<rect x=\"").append(LABEL_WIDTH + 150).append("\" y=\"").append(legendY - 7)
                    .append("\" width=\"14\" height=\"8\" class=\"previous\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + 170).append("\" y=\"").append(legendY)
                    .append("\" class=\"legend\">").append(escape(name)).append("</text>");
        });
        return svg.append("</svg>").toString();
    }

    private static int x(int phase, int highestPhase) {
        return LABEL_WIDTH + phase * PLOT_WIDTH / highestPhase;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
