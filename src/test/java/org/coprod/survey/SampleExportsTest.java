package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample in examples/exports scores, unedited, to the figures an independent script works out from the file
 * itself: examples/exports/expected.py reads each sample the way its tool documents it and scores it by the published
 * rules, without coprod, and writes examples/exports/expected-figures.csv. Here coprod scores each sample and each
 * service's respondents, section and measure means (to the two decimals JSON shows) and verdict must agree.
 */
class SampleExportsTest {
    private static final Path SAMPLES = Path.of("examples/exports");
    private static final String SERVICE = "Which service are you answering about?";
    private static final String ROLE = "Which best describes you?";
    private static final String OLDER = "questionnaires/older/six-principles-1.0.yaml";

    /** How each sample is scored: only what a user would type, with the mapping files kept beside the samples. */
    private static final Map<String, List<String>> OPTIONS = new LinkedHashMap<>();

    static {
        List<String> byQuestions = List.of("--group-by", SERVICE, "--role", ROLE);
        for (String labelled : List.of(
                "google-forms.csv",
                "google-forms-grid.csv",
                "microsoft-forms.csv",
                "microsoft-forms-unicode.txt",
                "microsoft-forms.xlsx",
                "surveymonkey.csv",
                "surveymonkey-matrix.csv",
                "surveymonkey-matrix.xlsx",
                "qualtrics.csv",
                "qualtrics-matrix.csv",
                "qualtrics-matrix.xlsx",
                "limesurvey-array-text.csv")) {
            OPTIONS.put(labelled, byQuestions);
        }
        OPTIONS.put("limesurvey.csv", List.of("--group-by", "service", "--role", "role"));
        OPTIONS.put("kobo.csv", List.of("--group-by", "service_info/service", "--role", "service_info/role"));
        OPTIONS.put("qualtrics-numeric.csv", mapping("qualtrics-numeric.yaml"));
        OPTIONS.put("limesurvey-6-codes.csv", mapping("limesurvey-6-codes.yaml"));
        OPTIONS.put("limesurvey-array-codes.csv", mapping("limesurvey-array-codes.yaml"));
    }

    private static List<String> mapping(String file) {
        return List.of("--mapping", SAMPLES.resolve(file).toString());
    }

    record Expected(String file, String service, int respondents, Map<String, String> figures, String verdict) {}

    static List<Expected> expected() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("expected-figures.csv"), StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        List<Expected> all = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = fields(line);
            Map<String, String> figures = new LinkedHashMap<>();
            for (int i = 3; i < header.size() - 1; i++) {
                figures.put(header.get(i), cells.get(i));
            }
            all.add(new Expected(
                    cells.get(0), cells.get(1), Integer.parseInt(cells.get(2)), figures, cells.get(cells.size() - 1)));
        }
        return all;
    }

    /** The fields of one line of Python's csv writer, whose quoted fields here hold no quotes of their own. */
    private static List<String> fields(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static Stream<String> samples() throws IOException {
        return expected().stream().map(Expected::file).distinct();
    }

    @Test
    void every_sample_has_its_expected_figures_and_the_way_it_is_scored() throws IOException {
        assertThat(samples().toList()).containsExactlyInAnyOrderElementsOf(OPTIONS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void a_sample_scores_to_the_independently_worked_out_figures(String file) throws Exception {
        List<String> args =
                new ArrayList<>(List.of("score", SAMPLES.resolve(file).toString(), "--format", "json"));
        args.addAll(OPTIONS.get(file));
        CommandLine.Run run = CommandLine.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("questionnaire").get("version").asText())
                .as("the version answered, told from the file")
                .isEqualTo("1.0");
        assertThat(result.get("files").get(0).get("questionsFound").asInt()).isEqualTo(36);
        assertThat(result.get("problems").get("count").asInt()).as(run.err()).isZero();
        List<Expected> wanted =
                expected().stream().filter(e -> e.file().equals(file)).toList();
        assertThat(result.get("services")).hasSameSizeAs(wanted);
        for (Expected service : wanted) {
            JsonNode found = serviceNamed(result, service.service());
            assertThat(found.get("respondents").asInt()).isEqualTo(service.respondents());
            assertThat(found.get("verdict").get("id").asText()).isEqualTo(service.verdict());
            Map<String, JsonNode> means = new LinkedHashMap<>();
            found.get("sections").forEach(s -> means.put(s.get("id").asText(), s.path("mean")));
            found.get("dimensions").forEach(d -> means.put(d.get("id").asText(), d.path("mean")));
            service.figures().forEach((id, figure) -> {
                assertThat(means).as(id).containsKey(id);
                if (figure.isEmpty()) {
                    assertThat(means.get(id).isMissingNode())
                            .as(id + " not given")
                            .isTrue();
                } else {
                    // within the two decimals shown, whichever way a half is rounded
                    assertThat(means.get(id).asDouble())
                            .as(service.service() + ": " + id)
                            .isBetween(Double.parseDouble(figure) - 0.0101, Double.parseDouble(figure) + 0.0101);
                }
            });
        }
    }

    /** A service by its name, with case, spaces and punctuation ignored (Kobo's names come from XML values). */
    private static JsonNode serviceNamed(JsonNode result, String name) {
        for (JsonNode service : result.get("services")) {
            if (letters(service.get("name").asText()).equals(letters(name))) {
                return service;
            }
        }
        throw new AssertionError("no service " + name + " in " + result.get("services"));
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    @Test
    void the_expected_figures_are_what_the_independent_script_gives() throws Exception {
        ProcessBuilder python = new ProcessBuilder("python3", "examples/exports/expected.py", "--check");
        python.redirectErrorStream(true);
        Process process;
        try {
            process = python.start();
        } catch (IOException noPython) {
            assumeThat(false)
                    .as("python3 is not installed, so expected-figures.csv is not checked against expected.py")
                    .isTrue();
            return;
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(said).isZero();
    }
}
