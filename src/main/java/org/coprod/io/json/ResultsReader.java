package org.coprod.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coprod.core.scoring.Round;
import org.coprod.core.scoring.Snapshot;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.TextFiles;

/** Reads back the results 'coprod score --format json' wrote, for a comparison with another round. */
public final class ResultsReader {
    private static final int FORMAT_VERSION = 1;

    private static final String MAKE_RESULTS = "Make them with 'coprod score EXPORT.csv --output results.json'.";

    private ResultsReader() {}

    public static Round read(Path file) {
        String name = file.toString();
        JsonNode root = parse(name, TextFiles.read(file));
        String kind = root.path("report").asText("");
        if (!kind.equals("survey")) {
            throw problem(name, switch (kind) {
                case "assessment" -> "this is the report of one answers file, not the results of 'coprod score'. To compare"
                        + " two self-assessments, give compare their answers files (.yaml).";
                case "comparison" -> "this is a comparison written by 'coprod compare', not the results of 'coprod score'. "
                        + MAKE_RESULTS;
                default -> "this is not the results of 'coprod score'. " + MAKE_RESULTS;
            });
        }
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw problem(name, "these results were written by another version of coprod (format " + root.path("formatVersion")
                    + "; this coprod reads format " + FORMAT_VERSION + "). Score the export again with this coprod.");
        }
        List<Snapshot> services = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (JsonNode service : root.path("services")) {
            String serviceName = text(name, service, "name");
            if (!service.path("shown").asBoolean(false)) {
                hidden.add(serviceName);
                continue;
            }
            services.add(snapshot(serviceName, service));
        }
        JsonNode questionnaire = root.path("questionnaire");
        return new Round(name, text(name, questionnaire, "id"), text(name, questionnaire, "version"), services, hidden);
    }

    private static Snapshot snapshot(String service, JsonNode node) {
        Map<String, OptionalDouble> measures = new LinkedHashMap<>();
        List<Double> principles = new ArrayList<>();
        for (String group : new String[] {"sections", "dimensions"}) {
            for (JsonNode measure : node.path(group)) {
                OptionalDouble mean = measure.path("mean").isNumber() ? OptionalDouble.of(measure.path("mean").asDouble()) : OptionalDouble.empty();
                measures.put(measure.path("id").asText(), mean);
                if (measure.has("band")) {
                    mean.ifPresent(principles::add);
                }
            }
        }
        Optional<String> verdict = node.path("verdict").has("label") ? Optional.of(node.path("verdict").path("label").asText()) : Optional.empty();
        return new Snapshot(service, verdict, measures, principles.stream().mapToDouble(Double::doubleValue).average());
    }

    private static JsonNode parse(String name, String text) {
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            if (root == null || !root.isObject()) {
                throw problem(name, "this is not the results of 'coprod score' (it holds no JSON object). " + MAKE_RESULTS);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(new Problem(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    (e instanceof JsonEOFException ? "the file ends before its JSON is complete, so it may have been cut short."
                            : "this is not valid JSON here, so the file may have been edited by hand.")
                            + " Write the results again with 'coprod score EXPORT.csv --output results.json'."));
        }
    }

    private static String text(String name, JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw problem(name, "the field \"" + field + "\" is missing or not text; this file does not look like results written by 'coprod score --format json'.");
        }
        return node.path(field).asText();
    }

    private static InvalidInputException problem(String name, String message) {
        return new InvalidInputException(Problem.inFile(name, message));
    }
}
