package org.coprod.io.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.coprod.core.model.Answer;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ReflectionPrompt;
import org.coprod.core.model.Respondent;
import org.coprod.core.model.Response;
import org.coprod.core.model.Translation;
import org.coprod.core.words.Words;
import org.coprod.io.AnswerMessages;
import org.coprod.io.Problem;
import org.coprod.text.Suggestions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an answers file (one self-assessment) and binds it to its questionnaire: every answer must name a question
 * of that questionnaire and be one of its answer set's options. Answers made with another minor version are
 * accepted with a warning; another major version is an error.
 */
public final class AnswersReader {
    private static final Set<String> TOP = new LinkedHashSet<>(List.of(
            "questionnaire",
            "questionnaireVersion",
            "language",
            "service",
            "respondent",
            "date",
            "report",
            "reportFormat",
            "answers",
            "reflections"));
    private static final Set<String> RESPONDENT = new LinkedHashSet<>(List.of("role", "name"));
    private static final Set<String> ANSWER = new LinkedHashSet<>(List.of("answer", "note"));

    /**
     * The assessment, the questionnaire it was bound to, anything the user should know but that is not an error, and
     * the report the session was asked to write ({@link SavedReport#NONE} in files from before it was saved).
     */
    public record Result(
            Assessment assessment, Questionnaire questionnaire, List<String> warnings, SavedReport report) {}

    private final Problems problems;
    private final Words words;
    private final List<String> warnings = new ArrayList<>();

    private final String whereLooked;
    /** The questionnaire in another language (itself where there is none): {@link Catalogue#inLanguage} for built-ins. */
    private final BiFunction<Questionnaire, String, Questionnaire> inLanguage;
    /** The questionnaire's other languages, found when an answer is first not in its own words. */
    private List<Questionnaire> translations;

    private AnswersReader(
            String file, String whereLooked, BiFunction<Questionnaire, String, Questionnaire> inLanguage, Words words) {
        this.problems = new Problems(file, words);
        this.words = words;
        this.whereLooked = whereLooked;
        this.inLanguage = inLanguage;
    }

    /**
     * @param questionnaires finds the built-in questionnaire an answers file names (by id); empty when it cannot be found.
     * @param words the words of problems and warnings
     */
    public static Result read(Path path, Function<String, Optional<Questionnaire>> questionnaires, Words words) {
        return read(path, questionnaires, words.get("yaml.answers.built-in"), words);
    }

    /** @param whereLooked how to say where the questionnaire was looked for ("built in", "the one given"). */
    public static Result read(
            Path path, Function<String, Optional<Questionnaire>> questionnaires, String whereLooked, Words words) {
        return read(path, questionnaires, whereLooked, Catalogue::inLanguage, words);
    }

    /**
     * @param inLanguage the questionnaire found in another language, or itself where it has none: answers are bound to
     *     the questionnaire in the language the file names, and may be written in the words of any of its languages
     */
    public static Result read(
            Path path,
            Function<String, Optional<Questionnaire>> questionnaires,
            String whereLooked,
            BiFunction<Questionnaire, String, Questionnaire> inLanguage,
            Words words) {
        AnswersReader reader = new AnswersReader(path.toString(), whereLooked, inLanguage, words);
        return reader.parse(FileKind.read(path, FileKind.ANSWERS, words), questionnaires);
    }

    /** True when the text's top level names a questionnaire, as answers files do and questionnaire files do not. */
    public static boolean looksLikeAnswers(String file, String text, Words words) {
        Node root = YamlDocuments.compose(file, text, words);
        return FileKind.keysOf(root).contains("questionnaire");
    }

    public static Result parse(
            String file,
            String text,
            Function<String, Optional<Questionnaire>> questionnaires,
            String whereLooked,
            Words words) {
        return new AnswersReader(file, whereLooked, Catalogue::inLanguage, words).parse(text, questionnaires);
    }

    private Result parse(String text, Function<String, Optional<Questionnaire>> questionnaires) {
        Optional<Result> result =
                build(FileKind.compose(problems.file(), text, FileKind.ANSWERS, words), questionnaires);
        problems.throwIfAny();
        return result.orElseThrow();
    }

    private Optional<Result> build(Node root, Function<String, Optional<Questionnaire>> questionnaires) {
        Optional<Problem> wrongKind = FileKind.mistaken(problems.file(), root, FileKind.ANSWERS, words);
        if (wrongKind.isPresent()) {
            problems.add(wrongKind.get());
            return Optional.empty();
        }
        Optional<MapView> top = MapView.of(problems, root, Part.of(words, "yaml.part.answers-file"), TOP);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MapView a = top.get();
        String questionnaireId = a.requiredText("questionnaire");
        String version = a.requiredText("questionnaireVersion");
        String service = a.requiredText("service");
        Respondent respondent = a.map("respondent", Part.of(words, "yaml.part.field", "respondent"), RESPONDENT, false)
                .map(r -> new Respondent(
                        r.optionalText("role").orElse(""),
                        r.optionalText("name").orElse("")))
                .orElse(new Respondent("", ""));
        String date = a.optionalText("date").orElse("");
        SavedReport report = new SavedReport(
                a.optionalText("report").filter(file -> !file.isBlank()),
                a.optionalText("reportFormat").filter(format -> !format.isBlank()));
        if (questionnaireId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Questionnaire> found = questionnaires.apply(questionnaireId);
        if (found.isEmpty()) {
            problems.report(
                    a.value("questionnaire").orElseThrow(),
                    "yaml.answers.unknown-questionnaire",
                    problems.quote(questionnaireId),
                    whereLooked,
                    Suggestions.didYouMean(words, questionnaireId, Catalogue.BUILT_IN));
            return Optional.empty();
        }
        // answers are read in the language they were given in (where coprod has the questionnaire in it), so that a
        // session carried on or reported goes on in that language
        Questionnaire answered = checkVersion(a, found.get(), version);
        Questionnaire questionnaire = a.optionalText("language")
                .map(language -> inLanguage.apply(answered, language))
                .orElse(answered);
        Map<String, Answer> answers = answers(a, questionnaire);
        Map<String, String> reflections = reflections(a, questionnaire);
        if (problems.any()) {
            return Optional.empty();
        }
        Assessment assessment =
                new Assessment(questionnaireId, version, service, respondent, date, answers, reflections);
        return Optional.of(new Result(assessment, questionnaire, warnings, report));
    }

    /** The questionnaire the answers were given to: the one found, or the earlier built-in version they name. */
    private Questionnaire checkVersion(MapView a, Questionnaire questionnaire, String given) {
        if (given.isEmpty() || given.equals(questionnaire.version())) {
            return questionnaire;
        }
        String major = Questionnaire.majorVersion(given);
        String version = Problem.shown(given, words); // a version can run over several lines, found by fuzzing
        Optional<Questionnaire> earlier = Catalogue.builtIn(questionnaire.id())
                .filter(q -> q == questionnaire)
                .flatMap(q -> Catalogue.builtIn(q.id(), given));
        if (earlier.isPresent() && earlier.get() != questionnaire) {
            warnings.add(words.get(
                    "yaml.answers.older-built-in",
                    problems.file(),
                    version,
                    questionnaire.id(),
                    questionnaire.version()));
            return earlier.get();
        }
        if (!major.equals(Questionnaire.majorVersion(questionnaire.version()))) {
            problems.report(
                    a.value("questionnaireVersion").orElseThrow(),
                    "yaml.answers.other-major-version",
                    version,
                    questionnaire.id(),
                    questionnaire.version());
        } else {
            warnings.add(words.get(
                    "yaml.answers.other-minor-version",
                    problems.file(),
                    version,
                    questionnaire.id(),
                    questionnaire.version()));
        }
        return questionnaire;
    }

    private Map<String, Answer> answers(MapView a, Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Optional<Node> node = a.value("answers");
        if (node.isEmpty() || isNull(node.get())) {
            return answers;
        }
        Set<String> questionIds = new LinkedHashSet<>(
                questionnaire.questions().stream().map(Question::id).toList());
        Optional<MapView> view = MapView.of(
                problems, node.get(), Part.of(words, "yaml.part.field", "answers"), FileKind.keysOf(node.get()));
        List<String> given = view.map(MapView::keys).orElse(List.of());
        List<String> unknown =
                given.stream().filter(id -> !questionIds.contains(id)).toList();
        if (unknown.size() > 1 && unknown.size() * 2 > given.size()) {
            problems.report(
                    a.value("questionnaire").orElseThrow(),
                    "yaml.answers.other-questionnaire",
                    unknown.size(),
                    given.size(),
                    questionnaire.id(),
                    questionnaire.version(),
                    problems.quote(unknown.get(0)));
            return answers;
        }
        for (String id : given) {
            Node value = view.get().value(id).orElseThrow();
            Optional<Question> question = questionnaire.question(id);
            if (question.isEmpty()) {
                problems.report(
                        view.get().keyNode(id),
                        "yaml.answers.unknown-question",
                        problems.quote(id),
                        questionnaire.id(),
                        questionnaire.version(),
                        Suggestions.didYouMean(words, id, questionIds));
                continue;
            }
            answer(question.get(), questionnaire, value).ifPresent(answer -> answers.put(id, answer));
        }
        return answers;
    }

    private Optional<Answer> answer(Question question, Questionnaire questionnaire, Node value) {
        Part answerPart = Part.of(words, "yaml.part.answer", words.get("yaml.where.answer", question.id()));
        if (isNull(value)) {
            return Optional.of(new Answer(question.id(), Optional.empty(), ""));
        }
        Optional<String> raw;
        String note = "";
        Node answerNode = value;
        if (value instanceof ScalarNode) {
            raw = MapView.scalarText(problems, value, answerPart.unnamed(), false);
        } else {
            Optional<MapView> view = MapView.of(problems, value, answerPart, ANSWER);
            if (view.isEmpty()) {
                return Optional.empty();
            }
            raw = view.get().optionalText("answer");
            note = view.get().optionalText("note").orElse("");
            answerNode = view.get().value("answer").orElse(value);
        }
        if (raw.isEmpty()) {
            return Optional.of(new Answer(question.id(), Optional.empty(), note));
        }
        Optional<Response> response = questionnaire.answerSetOf(question).match(raw.get());
        if (response.isEmpty()) {
            response = inAnotherLanguage(question, questionnaire, raw.get());
        }
        if (response.isEmpty()) {
            problems.at(
                    answerNode,
                    AnswerMessages.notAnAnswer(questionnaire.answerSetOf(question), question.id(), raw.get(), words));
            return Optional.empty();
        }
        return Optional.of(new Answer(question.id(), response, note));
    }

    /**
     * An answer written in another language's words (a file begun in Welsh and finished by hand in English), as the
     * same choice in this questionnaire's words.
     */
    private Optional<Response> inAnotherLanguage(Question question, Questionnaire questionnaire, String raw) {
        AnswerSet answerSet = questionnaire.answerSetOf(question);
        if (translations == null) {
            translations = Words.available().stream()
                    .map(language -> inLanguage.apply(questionnaire, language))
                    .filter(other -> other != questionnaire)
                    .toList();
        }
        for (Questionnaire other : translations) {
            Optional<Response> response = other.question(question.id())
                    .map(other::answerSetOf)
                    .flatMap(set -> set.match(raw).flatMap(r -> Translation.response(r, set, answerSet)));
            if (response.isPresent()) {
                return response;
            }
        }
        return Optional.empty();
    }

    private Map<String, String> reflections(MapView a, Questionnaire questionnaire) {
        Map<String, String> reflections = new LinkedHashMap<>();
        Optional<Node> node = a.value("reflections");
        if (node.isEmpty() || isNull(node.get())) {
            return reflections;
        }
        Set<String> ids = new LinkedHashSet<>(
                questionnaire.reflections().stream().map(ReflectionPrompt::id).toList());
        Optional<MapView> view = MapView.of(
                problems, node.get(), Part.of(words, "yaml.part.field", "reflections"), FileKind.keysOf(node.get()));
        for (String id : view.map(MapView::keys).orElse(List.of())) {
            if (!ids.contains(id)) {
                problems.at(
                        view.get().keyNode(id),
                        words.get("yaml.answers.unknown-reflection", problems.quote(id), questionnaire.id())
                                + Suggestions.didYouMean(words, id, ids)
                                + words.get("yaml.known", String.join(", ", ids)));
                continue;
            }
            view.get().optionalText(id).ifPresent(text -> reflections.put(id, text));
        }
        return reflections;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank());
    }
}
