package org.coprod.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.ActivityCheck;
import org.coprod.core.scoring.Firmness;
import org.coprod.core.scoring.Placement;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.Truth;
import org.coprod.core.scoring.Verdict;
import org.coprod.core.words.Words;

/** The parts every JSON report shares, written the same way in each, as the JSON Schemas in /schemas describe. */
public final class Json {
    /** Raised when a report's JSON changes in a way that could break a program reading it. */
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** A report's tree as indented JSON text. */
    public static String write(Map<String, Object> tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }

    /** The start of every report: what kind of report it is, its format's version, and the questionnaire. */
    static Map<String, Object> header(String report, Questionnaire questionnaire, String questionnaireVersion) {
        Map<String, Object> root = object("report", report, "formatVersion", FORMAT_VERSION);
        root.put(
                "questionnaire",
                object("id", questionnaire.id(), "version", questionnaireVersion, "title", questionnaire.title()));
        return root;
    }

    /** An ordered object from keys and values in turn; values may be null. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A score rounded to two decimal places, or null when there is none. */
    static Double number(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 100) / 100.0;
    }

    static Double number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : null;
    }

    static Map<String, Object> verdict(Verdict verdict, Words words) {
        return object(
                "id",
                verdict.outcome().id(),
                "label",
                verdict.outcome().label(),
                "decided",
                verdict.decided(),
                "explanation",
                verdict.explanation(words),
                "deciding",
                deciding(verdict, words));
    }

    /** The figures that decided a verdict, each with its test and how far it is from the line. */
    static List<Object> deciding(Verdict verdict, Words words) {
        return verdict.deciding().stream()
                .map(c -> (Object) object(
                        "figure",
                        c.condition().score().written(),
                        "name",
                        c.subject(words),
                        "score",
                        number(c.actual()),
                        "test",
                        c.condition().comparison().written,
                        "threshold",
                        c.condition().threshold(),
                        "margin",
                        number(c.margin()),
                        "passes",
                        truth(c.truth())))
                .toList();
    }

    static Map<String, Object> firmness(Firmness firmness, String description) {
        List<Object> changes = firmness.shifts().stream()
                .map(shift -> (Object) object(
                        "moves",
                        shift.moves().stream()
                                .map(m -> (Object) object(
                                        "question",
                                        m.question().id(),
                                        "from",
                                        m.from().label(),
                                        "to",
                                        m.to().label()))
                                .toList(),
                        "becomes",
                        shift.becomes().id()))
                .toList();
        return object(
                "level",
                firmness.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "description",
                description,
                "changesFound",
                firmness.count(),
                "changes",
                changes);
    }

    static Map<String, Object> placement(java.util.Optional<Placement> placement, Words words) {
        return placement
                .map(p -> object("cell", p.cell(words), "planning", who(p.planning()), "delivery", who(p.delivery())))
                .orElse(null);
    }

    private static String who(Placement.Who who) {
        return who.name().toLowerCase(java.util.Locale.ROOT);
    }

    static List<Object> activities(List<ActivityCheck> activities) {
        return activities.stream()
                .map(a -> (Object) object(
                        "id",
                        a.activity().id(),
                        "name",
                        a.activity().name(),
                        "present",
                        truth(a.present()),
                        "evidence",
                        a.evidence().stream().map(q -> q.id()).toList()))
                .toList();
    }

    /** True, false, or null when it cannot be told. */
    private static Boolean truth(Truth truth) {
        return truth == Truth.UNKNOWN ? null : truth == Truth.HOLDS;
    }

    static List<Object> actions(List<PlannedAction> actions) {
        return actions.stream()
                .map(a -> (Object) object(
                        "principle",
                        a.section().id(),
                        "principleScore",
                        number(a.sectionScore()),
                        "action",
                        a.action().text(),
                        "addresses",
                        a.addressed(),
                        "addressedScore",
                        a.addressed().isEmpty() ? null : number(100 - a.need())))
                .toList();
    }
}
