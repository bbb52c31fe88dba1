package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The JSON Schema in docs/questionnaire.schema.json accepts every questionnaire coprod accepts (the built-in ones, the
 * test one and the examples in docs/questionnaire-format.md) and rejects common mistakes that coprod rejects too.
 */
class QuestionnaireSchemaTest {
    private static final Path SCHEMA_FILE = Path.of("docs", "questionnaire.schema.json");
    private static final Path FORMAT_DOC = Path.of("docs", "questionnaire-format.md");
    private static final YAMLMapper MAPPER = new YAMLMapper();

    /** The minimal complete example in docs/questionnaire-format.md, word for word. */
    static final String DOC_EXAMPLE = """
            id: working-together
            title: Are we working together? A short check
            version: "1.0"

            answerSets:
              frequency:
                options:
                  - label: Never
                    value: 1
                  - label: Sometimes
                    value: 2
                  - label: Often
                    value: 3

            sections:
              - id: sharing
                name: Sharing the work

            questions:
              - id: sharing-plans
                section: sharing
                text: In the last year, how often have people who use the service helped to plan it?
                answerSet: frequency
              - id: sharing-sessions
                section: sharing
                text: In the last year, how often have people who use the service run a session?
                answerSet: frequency

            scoring:
              bands:
                - {id: not-yet, label: Not yet, from: 0}
                - {id: under-way, label: Under way, from: 50}

            verdict:
              rules:
                - id: shared
                  label: The work is shared
                  when:
                    - {score: "section:sharing", atLeast: 50}
              fallback: {id: not-shared, label: The work is not shared yet}
              insufficientData: {id: not-enough-answers, label: Not enough answers to decide}
            """;

    /** The merge-key example in docs/questionnaire-format.md: the same questions, the second borrowing from the first. */
    static final String DOC_MERGE_EXAMPLE = """
            questions:
              - &sharing-question
                id: sharing-plans
                section: sharing
                answerSet: frequency
                text: In the last year, how often have people who use the service helped to plan it?
              - <<: *sharing-question
                id: sharing-sessions
                text: In the last year, how often have people who use the service run a session?
            """;

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    /**
     * YAML read as editors read it: aliases and merge keys ({@code <<: *name}) resolved, as coprod itself does, and YAML
     * 1.2 scalars (only true and false are booleans; dates stay text). Jackson's {@code YAMLMapper.readTree} alone would
     * keep {@code <<} as a key and turn {@code *name} into the text "name", and would read Yes and No as booleans.
     */
    static JsonNode tree(String yaml) {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        Yaml parser = new Yaml(
                new SafeConstructor(options), new Representer(dumper), dumper, options, new CoreSchemaResolver());
        return MAPPER.valueToTree(parser.load(yaml));
    }

    private static final class CoreSchemaResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    static Set<ValidationMessage> problems(String yaml) {
        return schema.validate(tree(yaml));
    }

    static Stream<Path> questionnaireFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> folder = Files.list(Path.of("questionnaires"))) {
            folder.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .forEach(files::add);
        }
        assertThat(files).as("the questionnaires folder").isNotEmpty();
        files.add(Path.of("src", "test", "resources", "questionnaires", "tiny.yaml"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("questionnaireFiles")
    void every_built_in_questionnaire_and_the_test_one_meet_the_schema(Path file) throws IOException {
        assertThat(problems(Files.readString(file, StandardCharsets.UTF_8)))
                .as(file.toString())
                .isEmpty();
    }

    @Test
    void the_minimal_example_in_the_documentation_meets_the_schema_and_loads() throws IOException {
        assertThat(Files.readString(FORMAT_DOC, StandardCharsets.UTF_8))
                .as("the example in %s is the same as this test's copy", FORMAT_DOC)
                .contains("```yaml\n" + DOC_EXAMPLE + "```");
        assertThat(problems(DOC_EXAMPLE)).isEmpty();

        Questionnaire q = QuestionnaireReader.parse("doc-example.yaml", DOC_EXAMPLE, Words.english());
        assertThat(q.id()).isEqualTo("working-together");
        assertThat(q.version()).isEqualTo("1.0");
        assertThat(q.language()).isEqualTo("en");
        assertThat(q.principles()).hasSize(1);
        assertThat(q.questions()).extracting(Question::id).containsExactly("sharing-plans", "sharing-sessions");
        assertThat(q.scoring().minimumAnsweredFraction()).isEqualTo(0.5);
    }

    @Test
    void the_merge_key_example_in_the_documentation_meets_the_schema_and_loads() throws IOException {
        assertThat(Files.readString(FORMAT_DOC, StandardCharsets.UTF_8))
                .contains("```yaml\n" + DOC_MERGE_EXAMPLE + "```");
        int start = DOC_EXAMPLE.indexOf("questions:\n");
        int end = DOC_EXAMPLE.indexOf("\nscoring:");
        String merged = DOC_EXAMPLE.substring(0, start) + DOC_MERGE_EXAMPLE + DOC_EXAMPLE.substring(end);
        assertThat(merged).contains("<<: *sharing-question");

        assertThat(problems(merged)).isEmpty();
        Questionnaire q = QuestionnaireReader.parse("doc-merge-example.yaml", merged, Words.english());
        Question second = q.question("sharing-sessions").orElseThrow();
        assertThat(second.sectionId()).isEqualTo("sharing");
        assertThat(second.answerSetId()).isEqualTo("frequency");
        assertThat(second.text()).contains("run a session");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        "an unknown key",
                        "    section: sharing\n    text: In the last year, how often have people who use the"
                                + " service run",
                        "    section: sharing\n    colour: red\n    text: In the last year, how often have people"
                                + " who use the service run"),
                Arguments.of(
                        "a misspelt key",
                        "  - id: sharing-plans\n    section: sharing",
                        "  - id: sharing-plans\n    secton: sharing"),
                Arguments.of("an id with capitals and a space", "id: working-together", "id: Working Together"),
                Arguments.of("an answer set name with an underscore", "  frequency:\n", "  how_often:\n"),
                Arguments.of("a condition with both atLeast and below", "atLeast: 50}", "atLeast: 50, below: 75}"),
                Arguments.of("a condition with neither atLeast nor below", ", atLeast: 50}", "}"),
                Arguments.of("a threshold above 100", "atLeast: 50}", "atLeast: 150}"),
                Arguments.of("a band from 150", "from: 50}", "from: 150}"),
                Arguments.of("a first band not from 0", "from: 0}", "from: 10}"),
                Arguments.of("an unknown kind of score", "\"section:sharing\"", "\"principle:sharing\""),
                Arguments.of("a version that is not numbers with dots", "version: \"1.0\"", "version: \"first\""),
                Arguments.of(
                        "a single option",
                        "      - label: Sometimes\n        value: 2\n      - label: Often\n        value: 3\n",
                        ""),
                Arguments.of(
                        "no principle section",
                        "    name: Sharing the work\n",
                        "    name: Sharing the work\n    kind: context\n"),
                Arguments.of(
                        "an unknown section kind",
                        "    name: Sharing the work\n",
                        "    name: Sharing the work\n    kind: value\n"),
                Arguments.of(
                        "a weight of 0",
                        "    answerSet: frequency\n  - id: sharing-sessions",
                        "    answerSet: frequency\n    weight: 0\n  - id: sharing-sessions"),
                Arguments.of("minimumAnswered of 0", "scoring:\n", "scoring:\n  minimumAnswered: 0\n"),
                Arguments.of(
                        "minutesToComplete of 0", "version: \"1.0\"\n", "version: \"1.0\"\nminutesToComplete: 0\n"),
                Arguments.of(
                        "no fallback verdict", "  fallback: {id: not-shared, label: The work is not shared yet}\n", ""),
                Arguments.of("an empty title", "title: Are we working together? A short check", "title: \" \""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void common_mistakes_are_rejected_by_the_schema_as_by_coprod(String mistake, String correct, String wrong) {
        assertThat(DOC_EXAMPLE).contains(correct);
        String yaml = DOC_EXAMPLE.replace(correct, wrong);

        assertThat(problems(yaml)).as("schema problems for %s", mistake).isNotEmpty();
        assertThatThrownBy(() -> QuestionnaireReader.parse("mistake.yaml", yaml, Words.english()))
                .as("coprod on %s", mistake)
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_schema_is_a_valid_2020_12_schema_and_every_property_has_a_description() throws IOException {
        JsonNode schemaTree = MAPPER.readTree(SCHEMA_FILE.toFile());
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(schemaTree)).isEmpty();

        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schemaTree, "#", undescribed);
        assertThat(undescribed)
                .as("properties without a description (editors show it on hover)")
                .isEmpty();
    }

    private static void collectUndescribed(JsonNode node, String path, List<String> undescribed) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(property -> {
                    if (!property.getValue().hasNonNull("description")) {
                        undescribed.add(path + "/properties/" + property.getKey());
                    }
                });
            }
            node.properties()
                    .forEach(child -> collectUndescribed(child.getValue(), path + "/" + child.getKey(), undescribed));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndescribed(node.get(i), path + "/" + i, undescribed);
            }
        }
    }
}
