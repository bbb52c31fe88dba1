package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coprod.core.model.AnswerOption;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.model.VerdictOutcome;

/**
 * How firm one assessment's verdict is, found exactly by trying its neighbours: every answer moved one step up or down
 * its scale, then every pair of such moves. Only answers given on the scale move; "not applicable", "don't know" and
 * blanks stay as they are, so how much is known never changes.
 *
 * @param shifts the changes that give another verdict: single moves when the level is {@code ONLY_JUST}, pairs when it is
 *     {@code FAIRLY_FIRM}, at most {@link #KEPT} of them
 * @param count how many such changes there are in all
 */
public record Firmness(Level level, List<Shift> shifts, int count) {
    static final int KEPT = 50;

    public enum Level {
        /** No single answer, and no pair of answers, moved one step changes the verdict. */
        FIRM,
        /** No single answer moved one step changes it, but some pair does. */
        FAIRLY_FIRM,
        /** One answer moved one step changes it. */
        ONLY_JUST,
        /** There were too few answers for a verdict, so there is nothing to move. */
        UNDECIDED
    }

    public record Move(Question question, AnswerOption from, AnswerOption to) {}

    public record Shift(List<Move> moves, VerdictOutcome becomes) {
        public Shift {
            moves = List.copyOf(moves);
        }
    }

    public Firmness {
        shifts = List.copyOf(shifts);
    }

    public static Firmness of(Questionnaire questionnaire, Map<String, Response> responses) {
        Trial trial = new Trial(questionnaire, responses);
        Verdict base = trial.verdict();
        if (!base.decided()) {
            return new Firmness(Level.UNDECIDED, List.of(), 0);
        }
        List<Move> moves = trial.moves();
        List<Shift> singles = new ArrayList<>();
        int[] count = {0};
        for (Move move : moves) {
            trial.tryMoves(List.of(move), base, singles, count);
        }
        if (count[0] > 0) {
            return new Firmness(Level.ONLY_JUST, singles, count[0]);
        }
        List<Shift> pairs = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            for (int j = i + 1; j < moves.size(); j++) {
                if (moves.get(i).question() != moves.get(j).question()) {
                    trial.tryMoves(List.of(moves.get(i), moves.get(j)), base, pairs, count);
                }
            }
        }
        return new Firmness(count[0] > 0 ? Level.FAIRLY_FIRM : Level.FIRM, pairs, count[0]);
    }

    /** The answers as the scoring plan's arrays, changed in place for each trial and put back after it. */
    private static final class Trial {
        private final Questionnaire questionnaire;
        private final ScoringPlan plan;
        private final byte[] kinds;
        private final double[] itemScores;
        private final AnswerOption[] given;
        private final double[] sections;
        private final double[] dimensions;

        Trial(Questionnaire questionnaire, Map<String, Response> responses) {
            this.questionnaire = questionnaire;
            this.plan = ScoringPlan.of(questionnaire);
            int n = plan.questions();
            kinds = new byte[n];
            itemScores = new double[n];
            given = new AnswerOption[n];
            for (int i = 0; i < n; i++) {
                Response response =
                        responses.get(questionnaire.questions().get(i).id());
                kinds[i] = response == null ? ScoringPlan.MISSING : ScoringPlan.kindOf(response.kind());
                if (response != null && response.isScored()) {
                    given[i] = response.option();
                    itemScores[i] = plan.itemScore(i, response.option().value());
                }
            }
            sections = new double[questionnaire.sections().size()];
            dimensions = new double[questionnaire.dimensions().size()];
        }

        Verdict verdict() {
            plan.scoreRespondent(kinds, itemScores, sections, dimensions);
            return Verdicts.decide(
                    questionnaire,
                    ScoreTable.of(
                            questionnaire, s -> ScoreTable.known(sections[s]), d -> ScoreTable.known(dimensions[d])));
        }

        /** Every scored answer one step up and one step down its scale, where there is a step to take. */
        List<Move> moves() {
            List<Move> moves = new ArrayList<>();
            for (int i = 0; i < given.length; i++) {
                if (given[i] == null) {
                    continue;
                }
                Question question = questionnaire.questions().get(i);
                AnswerSet set = questionnaire.answerSetOf(question);
                int at = set.options().indexOf(given[i]);
                for (int step : new int[] {-1, 1}) {
                    if (at + step >= 0 && at + step < set.options().size()) {
                        moves.add(new Move(question, given[i], set.options().get(at + step)));
                    }
                }
            }
            return moves;
        }

        void tryMoves(List<Move> moves, Verdict base, List<Shift> found, int[] count) {
            moves.forEach(m -> set(m.question(), m.to()));
            VerdictOutcome outcome = verdict().outcome();
            moves.forEach(m -> set(m.question(), m.from()));
            if (!outcome.id().equals(base.outcome().id())) {
                count[0]++;
                if (found.size() < KEPT) {
                    found.add(new Shift(moves, outcome));
                }
            }
        }

        private void set(Question question, AnswerOption option) {
            int i = plan.indexOf(question.id());
            itemScores[i] = plan.itemScore(i, option.value());
        }
    }
}
