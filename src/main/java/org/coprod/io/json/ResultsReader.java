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
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.TextFiles;

/** Reads back the results 'coprod score --format json' wrote, for a comparison with another round. */
public final class ResultsReader {
    private static final int FORMAT_VERSION = 1;

    private ResultsReader() {}

    /** The results in a file; what is wrong with it is told in {@code words}. */
    public static Round read(Path file, Words words) {
        String name = file.toString();
        JsonNode root = parse(name, TextFiles.read(file, words), words);
        String kind = root.path("report").asText("");
        if (!kind.equals("survey")) {
            throw problem(
                    name,
                    words.get(
                            switch (kind) {
                                case "assessment" -> "io.results.is-assessment";
                                case "comparison" -> "io.results.is-comparison";
                                default -> "io.results.not-results";
                            }));
        }
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw problem(name, words.get("io.results.other-format", root.path("formatVersion"), FORMAT_VERSION));
        }
        List<Snapshot> services = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (JsonNode service : root.path("services")) {
            String serviceName = text(name, service, "name", words);
            if (!service.path("shown").asBoolean(false)) {
                hidden.add(serviceName);
                continue;
            }
            services.add(snapshot(serviceName, service));
        }
        JsonNode questionnaire = root.path("questionnaire");
        return new Round(
                name,
                text(name, questionnaire, "id", words),
                text(name, questionnaire, "version", words),
                services,
                hidden,
                root.path("language").asText("en")); // results written before they said their language are English
    }

    private static Snapshot snapshot(String service, JsonNode node) {
        Map<String, OptionalDouble> measures = new LinkedHashMap<>();
        List<Double> principles = new ArrayList<>();
        for (String group : new String[] {"sections", "dimensions"}) {
            for (JsonNode measure : node.path(group)) {
                OptionalDouble mean = measure.path("mean").isNumber()
                        ? OptionalDouble.of(measure.path("mean").asDouble())
                        : OptionalDouble.empty();
                measures.put(measure.path("id").asText(), mean);
                if (measure.has("band")) {
                    mean.ifPresent(principles::add);
                }
            }
        }
        Optional<String> verdict = node.path("verdict").has("label")
                ? Optional.of(node.path("verdict").path("label").asText())
                : Optional.empty();
        Optional<String> verdictId = node.path("verdict").path("id").isTextual()
                ? Optional.of(node.path("verdict").path("id").asText())
                : Optional.empty();
        return new Snapshot(
                service,
                verdict,
                verdictId,
                measures,
                principles.stream().mapToDouble(Double::doubleValue).average());
    }

    private static JsonNode parse(String name, String text, Words words) {
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            if (root == null || !root.isObject()) {
                throw problem(name, words.get("io.results.no-object"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(new Problem(
                    name,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    words.get(e instanceof JsonEOFException ? "io.results.cut-short" : "io.results.not-json")));
        }
    }

    private static String text(String name, JsonNode node, String field, Words words) {
        if (!node.path(field).isTextual()) {
            throw problem(name, words.get("io.results.field-not-text", field));
        }
        return node.path(field).asText();
    }

    private static InvalidInputException problem(String name, String message) {
        return new InvalidInputException(Problem.inFile(name, message));
    }
}
