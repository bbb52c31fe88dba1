package org.coprod.io.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coprod.text.Suggestions;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ReflectionPrompt;
import org.coprod.core.model.Respondent;
import org.coprod.core.model.Response;
import org.coprod.io.AnswerMessages;
import org.coprod.io.Problem;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an answers file (one self-assessment) and binds it to its questionnaire: every answer must name a question
 * of that questionnaire and be one of its answer set's options. Answers made with another minor version are
 * accepted with a warning; another major version is an error.
 */
public final class AnswersReader {
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("questionnaire", "questionnaireVersion", "service",
            "respondent", "date", "answers", "reflections"));
    private static final Set<String> RESPONDENT = new LinkedHashSet<>(List.of("role", "name"));
    private static final Set<String> ANSWER = new LinkedHashSet<>(List.of("answer", "note"));

    /** The assessment, the questionnaire it was bound to, and anything the user should know but that is not an error. */
    public record Result(Assessment assessment, Questionnaire questionnaire, List<String> warnings) {}

    private final Problems problems;
    private final List<String> warnings = new ArrayList<>();

    private final String whereLooked;

    private AnswersReader(String file, String whereLooked) {
        this.problems = new Problems(file);
        this.whereLooked = whereLooked;
    }

    /**
     * @param questionnaires finds the questionnaire an answers file names (by id); empty when it cannot be found.
     */
    public static Result read(Path path, Function<String, Optional<Questionnaire>> questionnaires) {
        return read(path, questionnaires, "built in");
    }

    /** @param whereLooked how to say where the questionnaire was looked for ("built in", "the one given"). */
    public static Result read(Path path, Function<String, Optional<Questionnaire>> questionnaires, String whereLooked) {
        return parse(path.toString(), FileKind.read(path, FileKind.ANSWERS), questionnaires, whereLooked);
    }

    /** True when the text's top level names a questionnaire, as answers files do and questionnaire files do not. */
    public static boolean looksLikeAnswers(String file, String text) {
        Node root = YamlDocuments.compose(file, text);
        return FileKind.keysOf(root).contains("questionnaire");
    }

    public static Result parse(String file, String text, Function<String, Optional<Questionnaire>> questionnaires,
            String whereLooked) {
        AnswersReader reader = new AnswersReader(file, whereLooked);
        Optional<Result> result = reader.build(FileKind.compose(file, text, FileKind.ANSWERS), questionnaires);
        reader.problems.throwIfAny();
        return result.orElseThrow();
    }

    private Optional<Result> build(Node root, Function<String, Optional<Questionnaire>> questionnaires) {
        Optional<Problem> wrongKind = FileKind.mistaken(problems.file(), root, FileKind.ANSWERS);
        if (wrongKind.isPresent()) {
            problems.add(wrongKind.get());
            return Optional.empty();
        }
        Optional<MapView> top = MapView.of(problems, root, "the answers file", TOP);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MapView a = top.get();
        String questionnaireId = a.requiredText("questionnaire");
        String version = a.requiredText("questionnaireVersion");
        String service = a.requiredText("service");
        Respondent respondent = a.map("respondent", "'respondent'", RESPONDENT, false)
                .map(r -> new Respondent(r.optionalText("role").orElse(""), r.optionalText("name").orElse("")))
                .orElse(new Respondent("", ""));
        String date = a.optionalText("date").orElse("");
        if (questionnaireId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Questionnaire> found = questionnaires.apply(questionnaireId);
        if (found.isEmpty()) {
            problems.at(a.value("questionnaire").orElseThrow(), "the answers are for the questionnaire "
                    + Problem.quote(questionnaireId) + ", which is not " + whereLooked + "."
                    + Suggestions.didYouMean(questionnaireId, Catalogue.BUILT_IN) + " Give that questionnaire's file with"
                    + " --questionnaire FILE.");
            return Optional.empty();
        }
        Questionnaire questionnaire = checkVersion(a, found.get(), version);
        Map<String, Answer> answers = answers(a, questionnaire);
        Map<String, String> reflections = reflections(a, questionnaire);
        if (problems.any()) {
            return Optional.empty();
        }
        Assessment assessment = new Assessment(questionnaireId, version, service, respondent, date, answers, reflections);
        return Optional.of(new Result(assessment, questionnaire, warnings));
    }

    /** The questionnaire the answers were given to: the one found, or the earlier built-in version they name. */
    private Questionnaire checkVersion(MapView a, Questionnaire questionnaire, String given) {
        if (given.isEmpty() || given.equals(questionnaire.version())) {
            return questionnaire;
        }
        String major = Questionnaire.majorVersion(given);
        String version = Problem.shown(given); // a version can run over several lines, found by fuzzing
        Optional<Questionnaire> earlier = Catalogue.builtIn(questionnaire.id()).filter(q -> q == questionnaire)
                .flatMap(q -> Catalogue.builtIn(q.id(), given));
        if (earlier.isPresent() && earlier.get() != questionnaire) {
            warnings.add(problems.file() + ": these answers were given to version " + version + " of '" + questionnaire.id()
                    + "', and are scored with that version's questions and rules. A newer version, "
                    + questionnaire.version() + ", exists: use it for your next self-assessment.");
            return earlier.get();
        }
        if (!major.equals(Questionnaire.majorVersion(questionnaire.version()))) {
            problems.at(a.value("questionnaireVersion").orElseThrow(), "these answers were given to version " + version
                    + " of '" + questionnaire.id() + "', but the questionnaire here is version " + questionnaire.version()
                    + "; its questions may have changed. Use the questionnaire file of version " + version
                    + " with --questionnaire FILE.");
        } else {
            warnings.add(problems.file() + ": these answers were given to version " + version + " of '" + questionnaire.id()
                    + "'; they are scored with version " + questionnaire.version() + ", which has the same questions.");
        }
        return questionnaire;
    }

    private Map<String, Answer> answers(MapView a, Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Optional<Node> node = a.value("answers");
        if (node.isEmpty() || isNull(node.get())) {
            return answers;
        }
        Set<String> questionIds = new LinkedHashSet<>(questionnaire.questions().stream().map(Question::id).toList());
        Optional<MapView> view = MapView.of(problems, node.get(), "'answers'", FileKind.keysOf(node.get()));
        List<String> given = view.map(MapView::keys).orElse(List.of());
        List<String> unknown = given.stream().filter(id -> !questionIds.contains(id)).toList();
        if (unknown.size() > 1 && unknown.size() * 2 > given.size()) {
            problems.at(a.value("questionnaire").orElseThrow(), unknown.size() + " of the " + given.size() + " answers are to"
                    + " questions that '" + questionnaire.id() + "' version " + questionnaire.version() + " does not have (the"
                    + " first is " + Problem.quote(unknown.get(0)) + "), so they were given to another questionnaire. Check the"
                    + " questionnaire named here, or give the right one with --questionnaire FILE.");
            return answers;
        }
        for (String id : given) {
            Node value = view.get().value(id).orElseThrow();
            Optional<Question> question = questionnaire.question(id);
            if (question.isEmpty()) {
                problems.at(view.get().keyNode(id), "there is no question " + Problem.quote(id) + " in '"
                        + questionnaire.id() + "' version " + questionnaire.version() + "." + Suggestions.didYouMean(id, questionIds));
                continue;
            }
            answer(question.get(), questionnaire, value).ifPresent(answer -> answers.put(id, answer));
        }
        return answers;
    }

    private Optional<Answer> answer(Question question, Questionnaire questionnaire, Node value) {
        String where = "for question '" + question.id() + "'";
        if (isNull(value)) {
            return Optional.of(new Answer(question.id(), Optional.empty(), ""));
        }
        Optional<String> raw;
        String note = "";
        Node answerNode = value;
        if (value instanceof ScalarNode) {
            raw = MapView.scalarText(problems, value, "the answer " + where, false);
        } else {
            Optional<MapView> view = MapView.of(problems, value, "the answer " + where, ANSWER);
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
            problems.at(answerNode, AnswerMessages.notAnAnswer(questionnaire.answerSetOf(question), question.id(),
                    raw.get()));
            return Optional.empty();
        }
        return Optional.of(new Answer(question.id(), response, note));
    }

    private Map<String, String> reflections(MapView a, Questionnaire questionnaire) {
        Map<String, String> reflections = new LinkedHashMap<>();
        Optional<Node> node = a.value("reflections");
        if (node.isEmpty() || isNull(node.get())) {
            return reflections;
        }
        Set<String> ids = new LinkedHashSet<>(questionnaire.reflections().stream().map(ReflectionPrompt::id).toList());
        Optional<MapView> view = MapView.of(problems, node.get(), "'reflections'", FileKind.keysOf(node.get()));
        for (String id : view.map(MapView::keys).orElse(List.of())) {
            if (!ids.contains(id)) {
                problems.at(view.get().keyNode(id), Problem.quote(id) + " is not one of the reflections of '" + questionnaire.id()
                        + "'." + Suggestions.didYouMean(id, ids) + " Known: " + String.join(", ", ids) + ".");
                continue;
            }
            view.get().optionalText(id).ifPresent(text -> reflections.put(id, text));
        }
        return reflections;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank());
    }
}
