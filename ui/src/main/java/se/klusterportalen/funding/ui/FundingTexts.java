package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.Component;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.MessagesI18NProvider;
import se.klusterportalen.funding.EnvelopeWarning;
import se.klusterportalen.funding.FundingChartSvg;
import se.klusterportalen.funding.FundingMix;
import se.klusterportalen.funding.FundingStreamId;
import se.klusterportalen.funding.FundingStreamSummary;
import se.klusterportalen.funding.FundingWarning;
import se.klusterportalen.funding.TaperingPlan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The funding feature's texts that depend on values: stream names, warnings, shares and leverage. */
final class FundingTexts {

    static final String NONE = "–";

    private final Component component;

    FundingTexts(Component component) {
        this.component = component;
    }

    /** The chart's texts in the language of {@code component}'s UI, titled "Finansiering – {name}". */
    static FundingChartSvg.Labels chartLabels(Component component, String name) {
        return new FundingChartSvg.Labels(component.getTranslation("funding.chart.title", name),
                component.getTranslation("funding.kind.REGIONAL"), component.getTranslation("funding.kind.OTHER_PUBLIC"),
                component.getTranslation("funding.kind.PRIVATE"), component.getTranslation("funding.planned"),
                component.getTranslation("funding.actual"), component.getTranslation("funding.chart.share-planned"),
                component.getTranslation("funding.chart.share-actual"),
                component.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(MessagesI18NProvider.SWEDISH));
    }

    String t(String key, Object... params) {
        return component.getTranslation(key, params);
    }

    String stream(FundingStreamSummary stream) {
        return stream.standard().map(standard -> t("funding.stream." + standard.name())).orElse(stream.name());
    }

    String stream(List<FundingStreamSummary> streams, FundingStreamId id) {
        return streams.stream().filter(s -> s.id().equals(id)).findFirst().map(this::stream).orElse("?");
    }

    String warning(FundingWarning warning) {
        return t("funding.warning." + warning.type().name(), String.valueOf(warning.year()),
                Formats.kronor(warning.amount()), Formats.kronor(warning.reference()),
                Formats.kronor(warning.amount() - warning.reference()));
    }

    String envelopeWarning(List<FundingStreamSummary> streams, EnvelopeWarning warning) {
        return t("funding.warning.ENVELOPE_EXCEEDED", String.valueOf(warning.year()), stream(streams, warning.stream()),
                Formats.kronor(warning.planned()), Formats.kronor(warning.envelope()), Formats.kronor(warning.excess()));
    }

    String tapering(TaperingPlan plan) {
        return t("funding.tapering.summary", String.valueOf(plan.startYear()), Formats.kronor(plan.startAmount()),
                String.valueOf(plan.endYear()), Formats.kronor(plan.floorAmount()),
                t("funding.shape.short." + plan.shape().name()));
    }

    static String share(FundingMix mix) {
        return percent(mix.regionalShare());
    }

    static String percent(Optional<BigDecimal> value) {
        return value.map(Formats::percent).orElse(NONE);
    }

    static String leverage(FundingMix mix) {
        return mix.leverage().map(Formats::decimal).orElse(NONE);
    }

    static String leverage(Optional<FundingMix> mix) {
        return mix.map(FundingTexts::leverage).orElse(NONE);
    }
}
