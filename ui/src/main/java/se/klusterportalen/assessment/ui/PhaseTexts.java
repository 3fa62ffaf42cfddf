package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import se.klusterportalen.assessment.DimensionPhase;
import se.klusterportalen.assessment.PhaseEvaluation;
import se.klusterportalen.assessment.PhaseModel;
import se.klusterportalen.assessment.TieBreak;
import se.klusterportalen.base.ui.MessagesI18NProvider;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How phases, medians, ties and explanations read in the UI, in the component's language. */
final class PhaseTexts {

    private PhaseTexts() {
    }

    /** Swedish decimals whatever the language, as the regions write them: "2,5", "3". */
    static String decimal(BigDecimal value) {
        var format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(MessagesI18NProvider.SWEDISH));
        return format.format(value);
    }

    static String median(Optional<BigDecimal> median) {
        return median.map(PhaseTexts::decimal).orElse("–");
    }

    /** The overall phase, marked * when two phases tied and ** when the lower of two equally close was taken. */
    static String overall(PhaseEvaluation evaluation) {
        return evaluation.overallMarked();
    }

    /** The sentence that explains a tie, or empty when one phase was the most frequent. */
    static Optional<String> tieNote(Component in, PhaseEvaluation evaluation) {
        if (evaluation.tieBreak() == TieBreak.NONE) {
            return Optional.empty();
        }
        List<String> phases = evaluation.tiedPhases().stream().map(String::valueOf).toList();
        String tied = String.join(", ", phases.subList(0, phases.size() - 1)) + " "
                + in.getTranslation("assessment.and") + " " + phases.getLast();
        return Optional.of(in.getTranslation("assessment.tie." + evaluation.tieBreak().name(), tied,
                String.valueOf(evaluation.overall()), decimal(evaluation.mean())));
    }

    /** "To reach phase 4 in Strategy: S4.1, S4.3", and which met criteria do not count yet. */
    static List<String> explanation(Component in, PhaseModel model, DimensionPhase dimension) {
        String name = model.dimension(dimension.dimensionCode()).name().in(locale(in));
        if (dimension.highest()) {
            return List.of(in.getTranslation("assessment.explanation.highest", name));
        }
        String next = in.getTranslation("assessment.explanation.next", String.valueOf(dimension.nextPhase()), name,
                String.join(", ", dimension.missingForNextPhase()));
        if (dimension.notCounted().isEmpty()) {
            return List.of(next);
        }
        return List.of(next, in.getTranslation("assessment.explanation.not-counted",
                String.join(", ", dimension.notCounted())));
    }

    private static Locale locale(Component in) {
        var ui = in.getUI().orElse(UI.getCurrent());
        return ui == null ? MessagesI18NProvider.SWEDISH : ui.getLocale();
    }

    static String phaseName(Component in, PhaseModel model, int phase) {
        return phase == 0 ? in.getTranslation("assessment.phase.none")
                : model.phase(phase).map(p -> p.name().in(locale(in))).orElse(String.valueOf(phase));
    }
}
