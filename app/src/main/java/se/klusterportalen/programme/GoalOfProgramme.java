package se.klusterportalen.programme;

/** A goal, evaluated, with the programme it belongs to. */
public record GoalOfProgramme(ProgrammeId programme, GoalEvaluation goal) {
}
