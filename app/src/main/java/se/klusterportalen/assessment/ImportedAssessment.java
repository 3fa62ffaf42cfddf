package se.klusterportalen.assessment;

import se.klusterportalen.cluster.ClusterId;

import java.util.List;

/** A result assessed outside the portal (e.g. the 2017 study), recorded as fixed. */
public record ImportedAssessment(ClusterId cluster, List<AnswerInput> answers) {

    public ImportedAssessment {
        answers = List.copyOf(answers);
    }
}
