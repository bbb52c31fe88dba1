package org.coprod.core.scoring;

import java.util.Optional;
import org.coprod.core.model.Condition;
import org.coprod.core.model.Grid;
import org.coprod.core.model.Questionnaire;

/**
 * A service's cell on Bovaird's (2007) grid: who plans it and who delivers it, each by professionals alone, by
 * professionals and people together, or by people alone.
 */
public record Placement(Who planning, Who delivery) {
    public enum Who {
        PROFESSIONALS("professionals alone"),
        TOGETHER("people and professionals together"),
        PEOPLE("people alone");

        public final String phrase;

        Who(String phrase) {
            this.phrase = phrase;
        }
    }

    /** The cell's name, after Bovaird's own names for the nine cells. */
    public String cell() {
        return switch (planning) {
            case PROFESSIONALS -> switch (delivery) {
                case PROFESSIONALS -> "Traditional professional service";
                case TOGETHER -> "Co-delivery of a professionally planned service";
                case PEOPLE -> "People deliver a professionally planned service";
            };
            case TOGETHER -> switch (delivery) {
                case PROFESSIONALS -> "Professional service with people involved in planning";
                case TOGETHER -> "Full user and professional co-production";
                case PEOPLE -> "People deliver a service planned together";
            };
            case PEOPLE -> switch (delivery) {
                case PROFESSIONALS -> "Professionals deliver a service people planned";
                case TOGETHER -> "People and professionals deliver a service people planned";
                case PEOPLE -> "Self-organised community provision";
            };
        };
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
        if (planning == Truth.UNKNOWN || delivery == Truth.UNKNOWN
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
