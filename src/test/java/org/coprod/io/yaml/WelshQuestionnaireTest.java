package org.coprod.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18: the Welsh built-in questionnaire is the English one with its words in Welsh and nothing else changed, so
 * that the same answers can never score differently by language. The two are walked together through every component
 * of the model's records: the components people read (listed in {@link #TEXTS}) must be translated, and every other
 * one (ids, order, values, keying, weights, dimensions, conditions, thresholds, version) must be identical. A component
 * added to the model later is compared as structure unless it is added to {@link #TEXTS}.
 */
class WelshQuestionnaireTest {
    private static final Path ENGLISH = Path.of("questionnaires", "six-principles.yaml");
    private static final Path WELSH = Path.of("questionnaires", "cy", "six-principles.yaml");

    /** The record components that are words people read, in any record of the model. */
    private static final Set<String> TEXTS = Set.of(
            "title",
            "description",
            "notApplicableRule",
            "name",
            "label",
            "whatGoodLooksLike",
            "whatItsAbsenceLooksLike",
            "text",
            "help",
            "meaning",
            "nextSteps",
            "prompt");

    /**
     * Whole texts that may be the same in both languages, such as a name. None is needed today: every text of the
     * six-principles questionnaire has Welsh words.
     */
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of();

    /** What a comparison found: differences of structure, and texts left in English. */
    private record Differences(List<String> structure, List<String> untranslated) {}

    @Test
    void the_welsh_questionnaire_is_the_english_one_with_every_text_translated() {
        Questionnaire english = QuestionnaireReader.read(ENGLISH, Words.english());
        Questionnaire welsh = QuestionnaireReader.read(WELSH, Words.english());

        Differences differences = compare(english, welsh);

        assertThat(english.language()).isEqualTo("en");
        assertThat(welsh.language()).isEqualTo("cy");
        assertThat(differences.structure()).as("differences of structure").isEmpty();
        assertThat(differences.untranslated()).as("texts left in English").isEmpty();
    }

    static Stream<Arguments> changesTheComparisonMustCatch() {
        return Stream.of(
                Arguments.of(
                        "a question in the Welsh file only",
                        "\nscoring:",
                        "  - id: extra-question\n    section: power-and-work\n    text: Cwestiwn ychwanegol?\n"
                                + "    answerSet: frequency\n\nscoring:"),
                Arguments.of(
                        "a verdict threshold",
                        "{score: \"dimension:asked\", atLeast: 30}",
                        "{score: \"dimension:asked\", atLeast: 31}"),
                Arguments.of(
                        "the keying of a question",
                        "    answerSet: share-of-work\n",
                        "    answerSet: share-of-work\n    reverse: true\n"),
                Arguments.of(
                        "a question's dimensions", "    dimensions: [asked]\n", "    dimensions: [asked, influence]\n"),
                Arguments.of("an option's value", "        value: 5\n", "        value: 6\n"),
                Arguments.of("the version", "version: \"2.0\"", "version: \"2.1\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesTheComparisonMustCatch")
    void a_change_of_structure_in_one_language_only_is_caught(String what, String from, String to) throws Exception {
        Questionnaire english = QuestionnaireReader.read(ENGLISH, Words.english());
        Questionnaire changed = QuestionnaireReader.parse("cy.yaml", welshTextWith(from, to), Words.english());

        assertThat(compare(english, changed).structure()).as(what).isNotEmpty();
    }

    @Test
    void a_text_left_in_english_is_caught() throws Exception {
        String englishPrompt = "What is the one thing you will do first, who will do it, and by when?";
        String welshPrompt = "Beth yw'r un peth y byddwch chi'n ei wneud gyntaf, pwy fydd yn ei wneud, ac erbyn pryd?";
        Questionnaire english = QuestionnaireReader.read(ENGLISH, Words.english());
        Questionnaire changed =
                QuestionnaireReader.parse("cy.yaml", welshTextWith(welshPrompt, englishPrompt), Words.english());

        assertThat(compare(english, changed).untranslated()).containsExactly("reflections[1].prompt");
    }

    private static String welshTextWith(String from, String to) throws Exception {
        String text = Files.readString(WELSH, StandardCharsets.UTF_8);
        assertThat(text)
                .as("the Welsh file still holds the text this test changes")
                .contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static Differences compare(Questionnaire english, Questionnaire welsh) {
        Differences differences = new Differences(new ArrayList<>(), new ArrayList<>());
        compare("", english, welsh, differences);
        return differences;
    }

    private static void compare(String path, Object english, Object welsh, Differences differences) {
        if (english instanceof Record record && welsh instanceof Record) {
            compareComponents(path, record, (Record) welsh, differences);
        } else if (english instanceof List<?> list && welsh instanceof List<?> other) {
            if (list.size() != other.size()) {
                differences.structure().add(path + ": " + list.size() + " in English, " + other.size() + " in Welsh");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                compare(path + "[" + i + "]", list.get(i), other.get(i), differences);
            }
        } else if (english instanceof Map<?, ?> map && welsh instanceof Map<?, ?> other) {
            if (!map.keySet().equals(other.keySet())) {
                differences
                        .structure()
                        .add(path + ": " + map.keySet() + " in English, " + other.keySet() + " in Welsh");
                return;
            }
            map.keySet().forEach(key -> compare(path + "." + key, map.get(key), other.get(key), differences));
        } else if (english instanceof Optional<?> optional && welsh instanceof Optional<?> other) {
            if (optional.isPresent() != other.isPresent()) {
                differences.structure().add(path + ": present in one language only");
                return;
            }
            optional.ifPresent(value -> compare(path, value, other.get(), differences));
        } else if (!Objects.equals(english, welsh)) {
            differences.structure().add(path + ": " + english + " in English, " + welsh + " in Welsh");
        }
    }

    private static void compareComponents(String path, Record english, Record welsh, Differences differences) {
        for (RecordComponent component : english.getClass().getRecordComponents()) {
            String name = component.getName();
            String where = path.isEmpty() ? name : path + "." + name;
            Object englishValue = value(english, name);
            Object welshValue = value(welsh, name);
            if (name.equals("language")) {
                continue; // checked on its own: "en" and "cy"
            } else if (name.equals("aliases")) {
                keepsEnglishSpellings(where, englishSpellings(english), welshValue, differences);
            } else if (TEXTS.contains(name)) {
                compareTexts(where, englishValue, welshValue, differences);
            } else {
                compare(where, englishValue, welshValue, differences);
            }
        }
    }

    /** An answer written in English (its label or any alias) still means the same answer in the Welsh file. */
    private static void keepsEnglishSpellings(
            String where, List<String> englishSpellings, Object welshAliases, Differences differences) {
        List<String> welsh = ((List<?>) welshAliases)
                .stream().map(alias -> AnswerSet.normalise((String) alias)).toList();
        for (String spelling : englishSpellings) {
            if (!welsh.contains(AnswerSet.normalise(spelling))) {
                differences.structure().add(where + ": the English '" + spelling + "' is not kept as an alias");
            }
        }
    }

    private static List<String> englishSpellings(Record option) {
        List<String> spellings = new ArrayList<>();
        spellings.add((String) value(option, "label"));
        ((List<?>) value(option, "aliases")).forEach(alias -> spellings.add((String) alias));
        return spellings;
    }

    private static void compareTexts(String where, Object english, Object welsh, Differences differences) {
        if (english instanceof List<?> list && welsh instanceof List<?> other) {
            if (list.size() != other.size()) {
                differences.structure().add(where + ": " + list.size() + " in English, " + other.size() + " in Welsh");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                compareTexts(where + "[" + i + "]", list.get(i), other.get(i), differences);
            }
            return;
        }
        String englishText = (String) english;
        String welshText = (String) welsh;
        if (englishText.isBlank() != welshText.isBlank()) {
            differences.structure().add(where + ": a text in one language only");
        } else if (!englishText.isBlank()
                && englishText.equals(welshText)
                && !SAME_IN_BOTH_LANGUAGES.contains(englishText)) {
            differences.untranslated().add(where);
        }
    }

    private static Object value(Record record, String component) {
        try {
            return record.getClass().getMethod(component).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(record.getClass() + "." + component, e);
        }
    }
}
