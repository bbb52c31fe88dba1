package org.coprod.core.scoring;

import java.util.Locale;
import java.util.Optional;
import org.coprod.core.model.Condition;
import org.coprod.core.model.Grid;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;

/**
 * A service's cell on Bovaird's (2007) grid: who plans it and who delivers it, each by professionals alone, by
 * professionals and people together, or by people alone.
 */
public record Placement(Who planning, Who delivery) {
    public enum Who {
        PROFESSIONALS,
        TOGETHER,
        PEOPLE;

        /** Who does it in words, such as "people and professionals together". */
        public String phrase(Words words) {
            return words.get("verdict.placement.who." + key());
        }

        private String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The cell's name, after Bovaird's own names for the nine cells. */
    public String cell(Words words) {
        return words.get("verdict.placement.cell." + planning.key() + "." + delivery.key());
    }

    /** Empty when the questionnaire has no grid, or when a figure it needs has too few answers. */
    public static Optional<Placement> of(Questionnaire questionnaire, ScoreTable figures) {
        if (questionnaire.grid().isEmpty()) {
            return Optional.empty();
        }
        Grid grid = questionnaire.grid().get();
        Truth planning = holds(questionnaire, grid.planningShared(), figures);
        Truth delivery = holds(questionnaire, grid.deliveryShared(), figures);
        Truth absent = holds(questionnaire, grid.professionalsAbsent(), figures);
        if (planning == Truth.UNKNOWN
                || delivery == Truth.UNKNOWN
                || absent == Truth.UNKNOWN && (planning == Truth.HOLDS || delivery == Truth.HOLDS)) {
            return Optional.empty();
        }
        return Optional.of(new Placement(who(planning, absent), who(delivery, absent)));
    }

    private static Who who(Truth shared, Truth professionalsAbsent) {
        if (shared != Truth.HOLDS) {
            return Who.PROFESSIONALS;
        }
        return professionalsAbsent == Truth.HOLDS ? Who.PEOPLE : Who.TOGETHER;
    }

    private static Truth holds(Questionnaire questionnaire, Condition condition, ScoreTable figures) {
        return Verdicts.check(questionnaire, condition, figures).truth();
    }
}
