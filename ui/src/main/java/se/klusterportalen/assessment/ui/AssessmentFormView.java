package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.assessment.AnswerKind;
import se.klusterportalen.assessment.AnswerResponse;
import se.klusterportalen.base.ui.ErrorSummary;
import se.klusterportalen.base.ui.SaveAction;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import se.klusterportalen.assessment.AssessmentAccess;
import se.klusterportalen.assessment.AssessmentDetails;
import se.klusterportalen.assessment.AssessmentId;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.AssessmentState;
import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.assessment.HorizontalArea;
import se.klusterportalen.assessment.Phase;
import se.klusterportalen.security.Permission;
import se.klusterportalen.rejection.Rejection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One cluster's self-assessment: the five dimensions as sections with their criteria by phase, the phases computed
 * live as answers are saved, the horizontal areas; submit, review with a comment per change, fix.
 */
@Route("assessments/:assessmentId")
@RolesAllowed(Permission.ASSESSMENT_VIEW)
@StyleSheet("styles/assessment.css")
class AssessmentFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Stockholm"));

    private final AssessmentService assessments;

    final H1 title = new H1();
    final Span state = new Span();
    final Paragraph stateInfo = new Paragraph();
    final Map<String, Span> phaseValues = new LinkedHashMap<>();
    final Map<String, Span> sectionPhases = new LinkedHashMap<>();
    final Map<String, Div> explanations = new LinkedHashMap<>();
    final Span overallValue = new Span();
    final Paragraph tieNote = new Paragraph();
    final Map<String, AnswerEditor<RadioButtonGroup<Boolean>, Boolean>> criteria = new LinkedHashMap<>();
    final Map<String, AnswerEditor<Select<Integer>, Integer>> areas = new LinkedHashMap<>();
    final Button submit = new Button();
    final Button sendBack = new Button();
    final Button fix = new Button();
    final Paragraph returnNote = new Paragraph();
    final ErrorSummary errors = new ErrorSummary();
    AssessmentDetails details;

    /** The problems that are about a missing text (evidence, analysis), not the answer itself. */
    private static final java.util.Set<String> TEXT_MISSING = java.util.Set.of("assessment.error.evidence-required",
            "assessment.error.analysis-and-activities-required");

    AssessmentFormView(AssessmentService assessments) {
        this.assessments = assessments;
        setId("assessment-form");
        addClassName("assessment-form");
        // listeners here, not in build(): a reload rebuilds the form and must not add a second listener
        submit.setText(getTranslation("assessment.submit"));
        submit.setId("assessment-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(submit, () -> submit());
        sendBack.setText(getTranslation("assessment.send-back"));
        sendBack.setId("assessment-send-back");
        sendBack.addClickListener(click -> askWhySendBack());
        fix.setText(getTranslation("assessment.fix"));
        fix.setId("assessment-fix");
        fix.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        fix.addClickListener(click -> confirmFix());
        returnNote.setId("assessment-return-note");
        returnNote.addClassName("assessment-return-note");
    }

    static String idPart(String code) {
        return code.replace('.', '-');
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = AssessmentId.parse(event.getRouteParameters().get("assessmentId").orElse(""));
            details = assessments.assessment(id);
        } catch (Rejection.NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        build();
        refresh();
    }

    private void build() {
        removeAll();
        criteria.clear();
        areas.clear();
        var summary = details.summary();
        title.setText(getTranslation("assessment.form.title", summary.clusterName(), summary.roundName()));
        state.setId("assessment-state");
        state.addClassName("assessment-state");
        stateInfo.setId("assessment-state-info");
        var back = new Anchor("assessments", getTranslation("assessment.form.back"));
        var status = new HorizontalLayout(state, stateInfo);
        status.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        stateInfo.getStyle().set("margin", "0");
        errors.clear();
        add(back, title, errors, status, returnNote, phaseSummary());

        var model = details.model();
        for (Dimension dimension : model.dimensions()) {
            add(dimensionSection(dimension));
        }
        var horizontal = new Div(new H2(getTranslation("assessment.horizontal.title")),
                new Paragraph(getTranslation("assessment.horizontal.intro")));
        horizontal.setId("horizontal");
        horizontal.addClassName("assessment-section");
        for (HorizontalArea area : model.areas()) {
            var editor = AnswerEditor.area(area, model.levels(), this::save);
            editor.show(details.area(area.code()));
            areas.put(area.code(), editor);
            horizontal.add(editor);
        }
        add(horizontal);

        add(new HorizontalLayout(submit, sendBack, fix));
    }

    private Div phaseSummary() {
        var cards = new Div();
        cards.setId("phase-summary");
        cards.addClassName("assessment-phase-summary");
        phaseValues.clear();
        for (Dimension dimension : details.model().dimensions()) {
            var value = new Span();
            value.setId("phase-" + dimension.code());
            value.addClassName("assessment-phase-value");
            phaseValues.put(dimension.code(), value);
            cards.add(card(dimension.name().in(getLocale()), value));
        }
        overallValue.setId("phase-overall");
        overallValue.addClassName("assessment-phase-value");
        var overall = card(getTranslation("assessment.overall"), overallValue);
        overall.addClassName("assessment-phase-card-overall");
        cards.add(overall);
        tieNote.setId("tie-note");
        tieNote.addClassName("assessment-tie-note");
        return new Div(cards, tieNote);
    }

    private static Div card(String label, Span value) {
        var caption = new Span(label);
        caption.addClassName("assessment-phase-label");
        var card = new Div(value, caption);
        card.addClassName("assessment-phase-card");
        return card;
    }

    private Div dimensionSection(Dimension dimension) {
        var phase = new Span();
        phase.setId("section-phase-" + dimension.code());
        phase.addClassName("assessment-section-phase");
        sectionPhases.put(dimension.code(), phase);
        var heading = new H2(new Span(dimension.name().in(getLocale())), phase);
        var explanation = new Div();
        explanation.setId("explanation-" + dimension.code());
        explanation.addClassName("assessment-explanation");
        explanations.put(dimension.code(), explanation);
        var section = new Div(heading, explanation);
        section.setId("dimension-" + dimension.code());
        section.addClassName("assessment-section");
        for (Phase p : details.model().phases()) {
            var ofPhase = dimension.criteriaOfPhase(p.number());
            if (ofPhase.isEmpty()) {
                continue;
            }
            section.add(new H3(getTranslation("assessment.phase.heading", String.valueOf(p.number()),
                    p.name().in(getLocale()))));
            for (var criterion : ofPhase) {
                var editor = AnswerEditor.criterion(criterion, this::save);
                editor.show(details.criterion(criterion.code()));
                criteria.put(criterion.code(), editor);
                section.add(editor);
            }
        }
        return section;
    }

    /** Brings everything but the answer fields up to date with {@link #details}. */
    private void refresh() {
        var evaluation = details.evaluation();
        var model = details.model();
        for (Dimension dimension : model.dimensions()) {
            int phase = evaluation.phaseOf(dimension.code());
            phaseValues.get(dimension.code()).setText(String.valueOf(phase));
            sectionPhases.get(dimension.code()).setText(getTranslation("assessment.section.phase",
                    String.valueOf(phase), PhaseTexts.phaseName(this, model, phase)));
            var explanation = explanations.get(dimension.code());
            explanation.removeAll();
            PhaseTexts.explanation(this, model, evaluation.dimension(dimension.code()))
                    .forEach(line -> explanation.add(new Paragraph(line)));
        }
        overallValue.setText(PhaseTexts.overall(evaluation));
        var note = PhaseTexts.tieNote(this, evaluation);
        tieNote.setText(note.orElse(""));
        tieNote.setVisible(note.isPresent());

        state.setText(getTranslation("assessment.state." + details.state().name()));
        state.getElement().setAttribute("data-state", details.state().name());
        stateInfo.setText(stateInfo());
        boolean editable = details.access() != AssessmentAccess.READ_ONLY;
        criteria.values().forEach(editor -> editor.setEditable(editable));
        areas.values().forEach(editor -> editor.setEditable(editable));
        submit.setVisible(details.access() == AssessmentAccess.ANSWER);
        sendBack.setVisible(details.access() == AssessmentAccess.REVIEW);
        fix.setVisible(details.access() == AssessmentAccess.REVIEW);
        var returned = details.returned().filter(sentBack -> details.state() == AssessmentState.DRAFT);
        returnNote.setText(returned.map(sentBack -> getTranslation("assessment.returned.note", sentBack.byName(),
                DATE.format(sentBack.at()), sentBack.comment())).orElse(""));
        returnNote.setVisible(returned.isPresent());
    }

    private String stateInfo() {
        var access = details.access();
        if (details.state() == AssessmentState.FIXED) {
            return getTranslation("assessment.state-info.fixed", DATE.format(details.summary().fixedAt()),
                    details.fixedBy());
        }
        if (access == AssessmentAccess.REVIEW) {
            return getTranslation("assessment.state-info.review", details.submittedBy(),
                    DATE.format(details.submittedAt()));
        }
        if (details.state() == AssessmentState.SUBMITTED) {
            return getTranslation("assessment.state-info.submitted", DATE.format(details.submittedAt()));
        }
        return access == AssessmentAccess.ANSWER ? getTranslation("assessment.state-info.draft")
                : getTranslation("assessment.state-info.read-only");
    }

    private void save(AnswerEditor<?, ?> editor) {
        var input = editor.input();
        if (details.access() == AssessmentAccess.REVIEW) {
            askForComment(editor.code, comment -> assessments.answer(details.id(), details.version(), input, comment),
                    () -> editor.show(answer(editor)));
        } else {
            save(editor.code, () -> assessments.answer(details.id(), details.version(), input, null));
        }
    }

    private AnswerResponse answer(AnswerEditor<?, ?> editor) {
        return editor.kind == AnswerKind.CRITERION ? details.criterion(editor.code) : details.area(editor.code);
    }

    /** In review every change needs the officer's reason; cancelling puts the cluster's answer back. */
    private void askForComment(String item, Function<String, AssessmentDetails> change, Runnable cancel) {
        var dialog = new Dialog();
        dialog.setId("review-comment-dialog");
        dialog.setHeaderTitle(getTranslation("assessment.review.comment.title", item));
        var comment = new TextArea(getTranslation("assessment.review.comment"));
        comment.setId("review-comment");
        comment.setWidth("30em");
        comment.setMaxLength(4000);
        var ok = new Button(getTranslation("assessment.review.comment.save"));
        SaveAction.on(ok, () -> {
            try {
                details = change.apply(comment.getValue());
                showSaved(item);
                dialog.close();
            } catch (Rejection.Invalid e) {
                comment.setInvalid(true);
                comment.setErrorMessage(Rejections.translate(e.errors().getFirst()));
            } catch (Rejection.Stale e) {
                dialog.close();
                cancel.run();
                showStale();
            }
        });
        ok.setId("review-comment-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancelButton = new Button(getTranslation("assessment.cancel"), click -> {
            cancel.run();
            dialog.close();
        });
        dialog.add(comment);
        dialog.getFooter().add(cancelButton, ok);
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        dialog.open();
    }

    private void save(String item, java.util.function.Supplier<AssessmentDetails> change) {
        try {
            details = change.get();
            showSaved(item);
        } catch (Rejection.Invalid e) {
            showProblems(e);
        } catch (Rejection.Stale e) {
            showStale();
        }
    }

    private void showSaved(String item) {
        var criterion = criteria.get(item);
        if (criterion != null) {
            criterion.show(details.criterion(item));
        }
        var area = areas.get(item);
        if (area != null) {
            area.show(details.area(item));
        }
        refresh();
    }

    /**
     * Marks every problem at its answer (the evidence or analysis when that is what is missing) and lists them all in
     * the form's error summary at the top, each a link to its field ("S2.1: Ange om kriteriet är uppfyllt."), with the
     * focus on the first; problems of the whole assessment are listed without a link.
     */
    private void showProblems(Rejection.Invalid invalid) {
        var entries = new java.util.ArrayList<ErrorSummary.Entry>();
        for (var error : invalid.errors()) {
            String item = error.field();
            String text = Rejections.translate(error);
            boolean textMissing = TEXT_MISSING.contains(error.messageKey());
            if (criteria.containsKey(item)) {
                entries.add(new ErrorSummary.Entry(item, text, criteria.get(item).showError(text, textMissing)));
            } else if (areas.containsKey(item)) {
                entries.add(new ErrorSummary.Entry(areaName(item), text, areas.get(item).showError(text, textMissing)));
            } else {
                entries.add(new ErrorSummary.Entry("", text, null));
            }
        }
        errors.show(entries);
    }

    private String areaName(String code) {
        return details.model().areas().stream().filter(area -> area.code().equals(code)).findFirst()
                .map(area -> area.name().in(getLocale())).orElse(code);
    }

    private void submit() {
        try {
            details = assessments.submit(details.id(), details.version());
            errors.clear();
            refresh();
            notify(getTranslation("assessment.submitted"), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejection.Invalid e) {
            showProblems(e);
        } catch (Rejection.Stale e) {
            showStale();
        }
    }

    /** Sending back needs the officer's reason, which the cluster's manager sees on the draft. */
    private void askWhySendBack() {
        var dialog = new Dialog();
        dialog.setId("send-back-dialog");
        dialog.setHeaderTitle(getTranslation("assessment.send-back.title", details.summary().clusterName()));
        var reason = new TextArea(getTranslation("assessment.send-back.reason"));
        reason.setId("send-back-reason");
        reason.setWidth("30em");
        reason.setMaxLength(4000);
        reason.setHelperText(getTranslation("assessment.send-back.help"));
        var ok = new Button(getTranslation("assessment.send-back.confirm"));
        SaveAction.on(ok, () -> {
            try {
                details = assessments.sendBack(details.id(), details.version(), reason.getValue());
                dialog.close();
                refresh();
                notify(getTranslation("assessment.sent-back"), NotificationVariant.LUMO_SUCCESS);
            } catch (Rejection.Invalid e) {
                reason.setInvalid(true);
                reason.setErrorMessage(Rejections.translate(e.errors().getFirst()));
            } catch (Rejection.Stale e) {
                dialog.close();
                showStale();
            }
        });
        ok.setId("send-back-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("assessment.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    /** Fixing cannot be undone: the officer confirms it first, told so. */
    private void confirmFix() {
        var confirm = new ConfirmDialog();
        confirm.setId("fix-confirm-dialog");
        confirm.setHeader(getTranslation("assessment.fix.confirm.title", details.summary().clusterName()));
        confirm.setText(getTranslation("assessment.fix.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("assessment.cancel"));
        confirm.setConfirmText(getTranslation("assessment.fix.confirm"));
        confirm.addConfirmListener(event -> fix());
        confirm.open();
    }

    private void fix() {
        try {
            details = assessments.fix(details.id(), details.version());
            refresh();
            notify(getTranslation("assessment.fixed"), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejection.Invalid e) {
            showProblems(e);
        } catch (Rejection.Stale e) {
            showStale();
        }
    }

    /** Someone else saved in between: say so and offer to load their version; nothing of ours was saved. */
    private void showStale() {
        var notification = new Notification();
        notification.setId("stale-notification");
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        var reload = new Button(getTranslation("assessment.reload"), click -> {
            notification.close();
            details = assessments.assessment(details.id());
            build();
            refresh();
        });
        reload.setId("stale-reload");
        notification.add(new HorizontalLayout(new Span(getTranslation("assessment.error.stale")), reload));
        notification.setPosition(Notification.Position.MIDDLE);
        notification.open();
    }

    private static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("app.name")
                : details.summary().clusterName() + " " + details.summary().roundName() + " – " + getTranslation("app.name");
    }
}
