package org.coprod.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.Verdict;

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
        root.put("questionnaire", object("id", questionnaire.id(), "version", questionnaireVersion, "title", questionnaire.title()));
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

    static Map<String, Object> verdict(Verdict verdict) {
        return object("id", verdict.outcome().id(), "label", verdict.outcome().label(), "decided", verdict.decided(),
                "explanation", verdict.explanation());
    }

    static List<Object> actions(List<PlannedAction> actions) {
        return actions.stream().map(a -> (Object) object("principle", a.section().id(), "principleScore", number(a.sectionScore()),
                "action", a.action().text(), "addresses", a.addressed(), "addressedScore", a.addressed().isEmpty() ? null : number(100 - a.need())))
                .toList();
    }
}
