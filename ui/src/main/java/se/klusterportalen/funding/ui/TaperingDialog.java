package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.funding.Kronor;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingMix;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.TaperingGenerator;
import se.klusterportalen.funding.TaperingPlan;
import se.klusterportalen.funding.TaperingProposal;
import se.klusterportalen.funding.TaperingShape;
import se.klusterportalen.funding.WhatIfComparison;
import se.klusterportalen.rejection.Rejection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The tapering generator with what-if: the officer sets start, end, floor and shape, gets yearly amounts to
 * adjust, and sees the region's cost, regional share and leverage per year next to the saved plan. Nothing is
 * saved until "Save" (officers only).
 */
class TaperingDialog extends Dialog {

    private static final long DEFAULT_FLOOR = 1_000_000;

    private final FundingService funding;
    private final ClusterFundingPlan saved;
    private final Consumer<ClusterFundingPlan> onSaved;
    private final FundingTexts texts = new FundingTexts(this);

    final Select<Integer> startYear = new Select<>();
    final TextField startAmount = new TextField();
    final Select<Integer> endYear = new Select<>();
    final TextField floor = new TextField();
    final RadioButtonGroup<TaperingShape> shape = new RadioButtonGroup<>();
    final Select<Long> rounding = new Select<>();
    final Button calculate = new Button();
    final Button save = new Button();
    final Button close = new Button();
    final Paragraph step = new Paragraph();
    final Div result = new Div();
    final Div message = new Div();
    final Map<Integer, TextField> proposalFields = new LinkedHashMap<>();
    TaperingProposal proposal;

    TaperingDialog(FundingService funding, ClusterFundingPlan saved, boolean canSave, Consumer<ClusterFundingPlan> onSaved) {
        this.funding = funding;
        this.saved = saved;
        this.onSaved = onSaved;
        setId("tapering-dialog");
        setHeaderTitle(getTranslation("funding.tapering.title", saved.clusterName()));
        setWidth("min(1100px, 96vw)");

        var current = saved.tapering();
        startYear.setId("tapering-start-year");
        startYear.setLabel(getTranslation("funding.tapering.start-year"));
        startYear.setItems(saved.years());
        startYear.setValue(current.map(TaperingPlan::startYear).orElse(saved.years().getFirst()));
        endYear.setId("tapering-end-year");
        endYear.setLabel(getTranslation("funding.tapering.end-year"));
        endYear.setItems(saved.years());
        endYear.setValue(current.map(TaperingPlan::endYear).orElse(saved.years().getLast()));
        long plannedStart = saved.plannedBase().getOrDefault(startYear.getValue(), 0L);
        amountField(startAmount, "tapering-start-amount", "funding.tapering.start-amount",
                current.map(TaperingPlan::startAmount).orElse(plannedStart));
        amountField(floor, "tapering-floor", "funding.tapering.floor",
                current.map(TaperingPlan::floorAmount).orElse(Math.min(DEFAULT_FLOOR, plannedStart)));
        shape.setId("tapering-shape");
        shape.setLabel(getTranslation("funding.tapering.shape"));
        shape.setItems(TaperingShape.values());
        shape.setItemLabelGenerator(value -> getTranslation("funding.shape." + value.name()));
        shape.setValue(current.map(TaperingPlan::shape).orElse(TaperingShape.LINEAR));
        rounding.setId("tapering-rounding");
        rounding.setLabel(getTranslation("funding.tapering.rounding"));
        rounding.setItems(TaperingPlan.WHOLE_KRONOR, TaperingPlan.THOUSANDS);
        rounding.setItemLabelGenerator(unit -> getTranslation(unit == TaperingPlan.THOUSANDS
                ? "funding.tapering.rounding.thousands" : "funding.tapering.rounding.kronor"));
        rounding.setValue(current.map(TaperingPlan::roundingUnit).orElse(TaperingPlan.THOUSANDS));

        calculate.setText(getTranslation("funding.tapering.calculate"));
        calculate.setId("tapering-calculate");
        calculate.addClickListener(click -> calculate());
        save.setText(getTranslation("funding.tapering.save"));
        save.setId("tapering-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.setVisible(canSave);
        SaveAction.on(save, () -> saveProposal());
        close.setText(getTranslation("funding.close"));
        close.setId("tapering-close");
        close.addClickListener(click -> close());
        step.setId("tapering-step");
        result.setId("tapering-result");
        message.setId("tapering-message");

        var form = new FormLayout(startYear, startAmount, endYear, floor, shape, rounding);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 3));
        var explanation = new Paragraph(getTranslation(canSave ? "funding.tapering.explanation"
                : "funding.whatif.explanation"));
        explanation.addClassName("funding-help");
        add(explanation, form, calculate, message, step, result);
        getFooter().add(close, save);
    }

    private void amountField(TextField field, String id, String label, long value) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        field.setValue(Formats.integer(value));
    }

    /** Generates the proposal from the fields; errors are shown at the field they concern. */
    void calculate() {
        message.removeAll();
        Rejections.clear(planFields());
        try {
            long start = amount(startAmount, "startAmount");
            long floorAmount = amount(floor, "floorAmount");
            var plan = new TaperingPlan(startYear.getValue(), start, endYear.getValue(), floorAmount, shape.getValue(),
                    rounding.getValue());
            proposal = TaperingGenerator.propose(plan);
        } catch (Rejection.Invalid invalid) {
            Rejections.showAt(invalid, planFields());
            proposal = null;
            result.removeAll();
            step.setText("");
            save.setEnabled(false);
            return;
        }
        step.setText(getTranslation(proposal.plan().shape() == TaperingShape.LINEAR ? "funding.tapering.step.linear"
                : "funding.tapering.step.percentage", proposal.plan().shape() == TaperingShape.LINEAR
                ? Formats.kronor(proposal.step().longValueExact()) : Formats.percent(proposal.step())));
        proposalFields.clear();
        proposal.amounts().forEach((year, amount) -> {
            var field = new TextField();
            field.setId("tapering-proposal-" + year);
            field.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
            field.setAriaLabel(getTranslation("funding.tapering.proposed") + " " + year);
            field.setValue(Formats.integer(amount));
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addValueChangeListener(change -> compare());
            proposalFields.put(year, field);
        });
        save.setEnabled(true);
        compare();
    }

    /** The plan's fields by the names {@link TaperingPlan} refuses them with. */
    private Map<String, HasValidation> planFields() {
        return Map.of("startAmount", startAmount, "floorAmount", floor, "endYear", endYear, "roundingUnit", rounding);
    }

    /** The field's amount (empty is 0 kr); a text that is no amount is refused on the plan component {@code name}. */
    private static long amount(TextField field, String name) {
        try {
            return Kronor.parse(field.getValue()).orElse(0);
        } catch (Rejection.Invalid invalid) {
            throw new Rejection.Invalid(name, invalid.messageKey());
        }
    }

    /** The adjusted amounts, or null when one of them cannot be read (that field is marked). */
    TreeMap<Integer, Long> adjusted() {
        var amounts = new TreeMap<Integer, Long>();
        boolean valid = true;
        for (var entry : proposalFields.entrySet()) {
            try {
                OptionalLong value = Kronor.parse(entry.getValue().getValue());
                entry.getValue().setInvalid(false);
                amounts.put(entry.getKey(), value.orElse(0));
            } catch (Rejection.Invalid invalid) {
                entry.getValue().setErrorMessage(Rejections.translate(invalid.errors().getFirst()));
                entry.getValue().setInvalid(true);
                valid = false;
            }
        }
        return valid ? amounts : null;
    }

    /** The what-if table: the saved plan next to the (adjusted) proposal, per year and in total. */
    void compare() {
        var amounts = adjusted();
        save.setEnabled(amounts != null);
        if (amounts == null) {
            return;
        }
        WhatIfComparison comparison = saved.whatIf(new TaperingProposal(proposal.plan(), amounts, proposal.step()));
        var savedBase = saved.plannedBase();
        var table = new NativeTable();
        table.setId("tapering-table");
        table.addClassName("funding-table");
        table.addClassName("funding-whatif");
        var groups = table.getHead().addRow();
        groups.addHeaderCell();
        span(groups, "funding.tapering.base", 2);
        span(groups, "funding.whatif.regional-cost", 2);
        span(groups, "funding.share", 2);
        span(groups, "funding.leverage", 2);
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("funding.year"));
        for (int i = 0; i < 4; i++) {
            head.addHeaderCell().setText(getTranslation("funding.whatif.saved"));
            head.addHeaderCell().setText(getTranslation(i == 0 ? "funding.tapering.proposed" : "funding.whatif.proposed"));
        }
        for (WhatIfComparison.Year year : comparison.years()) {
            var row = table.getBody().addRow();
            row.addHeaderCell().setText(String.valueOf(year.year()));
            row.addDataCell().setText(Formats.kronor(savedBase.getOrDefault(year.year(), 0L)));
            var proposed = row.addDataCell();
            if (proposalFields.containsKey(year.year())) {
                proposed.add(proposalFields.get(year.year()));
            } else {
                proposed.setText(Formats.kronor(savedBase.getOrDefault(year.year(), 0L)));
            }
            figures(row, year.saved(), year.proposed());
        }
        var total = table.getFoot().addRow();
        total.addHeaderCell().setText(getTranslation("funding.total"));
        total.addDataCell().setText(Formats.kronor(savedBase.values().stream().mapToLong(Long::longValue).sum()));
        total.addDataCell().setText(Formats.kronor(saved.years().stream()
                .mapToLong(y -> amounts.getOrDefault(y, savedBase.getOrDefault(y, 0L))).sum()));
        figures(total, comparison.savedTotal(), comparison.proposedTotal());
        result.removeAll();
        var change = new Paragraph(getTranslation(comparison.regionalCostChange() > 0 ? "funding.whatif.costs-more"
                : comparison.regionalCostChange() < 0 ? "funding.whatif.costs-less" : "funding.whatif.costs-same",
                Formats.kronor(Math.abs(comparison.regionalCostChange()))));
        change.setId("tapering-cost-change");
        result.add(table, change);
    }

    private void span(NativeTableRow row, String key, int columns) {
        var cell = row.addHeaderCell();
        cell.setText(getTranslation(key));
        cell.getElement().setAttribute("colspan", String.valueOf(columns));
    }

    private static void figures(NativeTableRow row, FundingMix saved, FundingMix proposed) {
        row.addDataCell().setText(Formats.kronor(saved.regional()));
        row.addDataCell().setText(Formats.kronor(proposed.regional()));
        row.addDataCell().setText(FundingTexts.share(saved));
        row.addDataCell().setText(FundingTexts.share(proposed));
        row.addDataCell().setText(FundingTexts.leverage(saved));
        row.addDataCell().setText(FundingTexts.leverage(proposed));
    }

    void saveProposal() {
        var amounts = adjusted();
        if (proposal == null || amounts == null) {
            return;
        }
        try {
            ClusterFundingPlan result = funding.saveTapering(saved.programme(), saved.cluster(), saved.version(),
                    proposal.plan(), amounts);
            close();
            onSaved.accept(result);
            Notification.show(getTranslation("funding.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Rejection.Stale conflict) {
            // specific: the explanation stays in the dialog with a button that reloads the saved plan
            showMessage(Rejections.translate(conflict), true);
        }
    }

    private void showMessage(String text, boolean offerReload) {
        message.removeAll();
        message.addClassName("funding-error");
        message.add(new Paragraph(text));
        if (offerReload) {
            var reload = new Button(getTranslation("funding.reload"), click -> {
                close();
                onSaved.accept(funding.clusterPlan(saved.programme(), saved.cluster()));
            });
            reload.setId("tapering-reload");
            message.add(reload);
        }
    }
}
