package org.coprod.io.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coprod.core.model.Activity;
import org.coprod.core.model.AnswerOption;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Band;
import org.coprod.core.model.Condition;
import org.coprod.core.model.Dimension;
import org.coprod.core.model.Grid;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ReflectionPrompt;
import org.coprod.core.model.ScoreRef;
import org.coprod.core.model.ScoringRules;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.model.SuggestedAction;
import org.coprod.core.model.UnscoredOption;
import org.coprod.core.model.VerdictOutcome;
import org.coprod.core.model.VerdictRule;
import org.coprod.core.model.VerdictRules;
import org.coprod.core.words.Words;
import org.coprod.io.Problem;
import org.coprod.text.Suggestions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a questionnaire file strictly and helpfully: every unknown key, duplicate id, broken reference, option out of
 * order or threshold out of range is reported with its line and column, all of them in one go.
 */
public final class QuestionnaireReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TOP = keys(
            "id",
            "title",
            "version",
            "description",
            "language",
            "minutesToComplete",
            "answerSets",
            "dimensions",
            "sections",
            "questions",
            "scoring",
            "verdict",
            "reflections",
            "notApplicable",
            "grid",
            "activities");
    private static final Set<String> ANSWER_SET = keys("options", "notApplicable", "dontKnow");
    private static final Set<String> OPTION = keys("label", "value", "aliases");
    private static final double LARGEST_OPTION_VALUE = 1_000_000;
    private static final Set<String> UNSCORED = keys("label", "aliases");
    private static final Set<String> DIMENSION = keys("id", "name", "description", "combine");
    private static final Set<String> SECTION =
            keys("id", "name", "kind", "description", "whatGoodLooksLike", "whatItsAbsenceLooksLike", "actions");
    private static final Set<String> ACTION = keys("text", "addresses", "onlyFor", "notFor");
    private static final Set<String> QUESTION =
            keys("id", "section", "text", "answerSet", "help", "reverse", "weight", "dimensions");
    private static final Set<String> SCORING = keys("minimumAnswered", "bands");
    private static final Set<String> BAND = keys("id", "label", "from", "meaning");
    private static final Set<String> VERDICT = keys("rules", "fallback", "insufficientData");
    private static final Set<String> RULE = keys("id", "label", "meaning", "nextSteps", "when");
    private static final Set<String> OUTCOME = keys("id", "label", "meaning", "nextSteps");
    private static final Set<String> CONDITION = keys("score", "atLeast", "below");
    private static final Set<String> REFLECTION = keys("id", "prompt");
    private static final Set<String> GRID = keys("planningShared", "deliveryShared", "professionalsAbsent");
    private static final Set<String> ACTIVITY = keys("id", "name", "meaning", "questions", "presentFrom");

    private final Problems problems;
    private final Words words;

    private QuestionnaireReader(String file, Words words) {
        this.problems = new Problems(file, words);
        this.words = words;
    }

    /** The questionnaire in a file; every problem in it is told in {@code words}, all at once. */
    public static Questionnaire read(java.nio.file.Path path, Words words) {
        return parse(path.toString(), FileKind.read(path, FileKind.QUESTIONNAIRE, words), words);
    }

    public static Questionnaire parse(String file, String text, Words words) {
        QuestionnaireReader reader = new QuestionnaireReader(file, words);
        Optional<Questionnaire> questionnaire =
                reader.build(FileKind.compose(file, text, FileKind.QUESTIONNAIRE, words));
        reader.problems.throwIfAny();
        return questionnaire.orElseThrow();
    }

    private Optional<Questionnaire> build(Node root) {
        Optional<Problem> wrongKind = FileKind.mistaken(problems.file(), root, FileKind.QUESTIONNAIRE, words);
        if (wrongKind.isPresent()) {
            problems.add(wrongKind.get());
            return Optional.empty();
        }
        Part questionnairePart = part("yaml.part.questionnaire");
        Optional<MapView> top = MapView.of(problems, root, questionnairePart, TOP);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MapView q = top.get();
        String id = id(q, questionnairePart);
        String title = q.requiredText("title");
        String version = version(q);
        String description = q.optionalText("description").orElse("");
        String language = q.optionalText("language").orElse("en");
        int minutes = minutes(q);
        Map<String, AnswerSet> answerSets = answerSets(q);
        Set<String> answerSetNames =
                q.value("answerSets").map(QuestionnaireReader::anyKey).orElse(Set.of());
        List<Dimension> dimensions = dimensions(q);
        List<Section> sections = sections(q);
        List<Question> questions = questions(q, sections, answerSetNames, dimensions);
        boolean everyQuestionPlaced =
                questions.stream().allMatch(x -> sections.stream().anyMatch(s -> s.id().equals(x.sectionId())));
        if (everyQuestionPlaced) {
            checkActions(q, sections, questions);
        }
        ScoringRules scoring = scoring(q);
        VerdictRules verdict = verdict(q, sections, dimensions);
        List<ReflectionPrompt> reflections = reflections(q);
        Optional<Grid> grid = grid(q, sections, dimensions);
        List<Activity> activities = activities(q, questions);
        checkVerdictNames(q, sections, verdict);
        if (everyQuestionPlaced) {
            checkEverySectionHasQuestions(q, sections, questions);
        }
        if (problems.any()) {
            return Optional.empty();
        }
        return Optional.of(new Questionnaire(
                id,
                title,
                version,
                description,
                language,
                minutes,
                answerSets,
                sections,
                questions,
                dimensions,
                scoring,
                verdict,
                reflections,
                q.optionalText("notApplicable").orElse(""),
                grid,
                activities));
    }

    /** A part of the questionnaire as messages call it (see {@link Part#of}). */
    private Part part(String key, Object... args) {
        return Part.of(words, key, args);
    }

    /** A value from the file, quoted for a message. */
    private String quote(String value) {
        return problems.quote(value);
    }

    private String id(MapView view, Part what) {
        String id = view.requiredText("id");
        if (!id.isEmpty()) {
            view.describedAs(what.named(quote(id)));
        }
        // as written, before values are stripped: an id with a space at its end would otherwise pass as another
        String written = view.value("id")
                .filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).getValue())
                .orElse(id);
        if (!id.isEmpty() && !ID.matcher(written).matches()) {
            problems.report(
                    view.value("id").orElse(view.node()),
                    written.equals(id) ? "yaml.id.not-lowercase" : "yaml.id.spaces",
                    quote(id),
                    what.unnamed());
        }
        return id;
    }

    private String version(MapView q) {
        String version = q.requiredText("version");
        if (!version.isEmpty() && !version.matches("\\d+(\\.\\d+){0,2}")) {
            problems.report(q.value("version").orElse(q.node()), "yaml.questionnaire.version", quote(version));
        }
        return version;
    }

    private int minutes(MapView q) {
        Optional<Double> minutes = q.optionalNumber("minutesToComplete");
        if (minutes.isPresent() && (minutes.get() < 1 || minutes.get() > 600 || minutes.get() % 1 != 0)) {
            problems.report(
                    q.value("minutesToComplete").orElseThrow(), "yaml.questionnaire.minutes", format(minutes.get()));
        }
        return minutes.map(Double::intValue).orElse(0);
    }

    private Map<String, AnswerSet> answerSets(MapView q) {
        Map<String, AnswerSet> sets = new LinkedHashMap<>();
        Optional<Node> node = q.value("answerSets");
        if (node.isEmpty()) {
            problems.report(q.node(), "yaml.questionnaire.no-answer-sets");
            return sets;
        }
        Optional<MapView> named =
                MapView.of(problems, node.get(), part("yaml.part.field", "answerSets"), anyKey(node.get()));
        for (String name : named.map(MapView::keys).orElse(List.of())) {
            Node keyNode = named.get().keyNode(name);
            if (!ID.matcher(name).matches()) {
                problems.report(keyNode, "yaml.answer-set.name", quote(name));
            }
            answerSet(name, named.get().value(name).orElseThrow()).ifPresent(set -> sets.put(name, set));
        }
        return sets;
    }

    private Optional<AnswerSet> answerSet(String name, Node node) {
        String where = words.get("yaml.where.answer-set", quote(name));
        Optional<MapView> view = MapView.of(problems, node, part("yaml.part.answer-set", quote(name)), ANSWER_SET);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        List<AnswerOption> options = new ArrayList<>();
        List<Node> optionNodes = view.get().list("options", true);
        Part optionPart = part("yaml.part.option", where);
        for (Node optionNode : optionNodes) {
            MapView.of(problems, optionNode, optionPart, OPTION).ifPresent(option -> {
                String label = option.requiredText("label");
                if (!label.isEmpty()) {
                    option.describedAs(optionPart.named(quote(label)));
                }
                double value = option.requiredNumber("value");
                if (Math.abs(value) > LARGEST_OPTION_VALUE) {
                    // the span of such values overflows, and then no answer can be scored
                    problems.report(
                            option.value("value").orElse(option.node()),
                            "yaml.answer-set.value-too-large",
                            quote(label),
                            where,
                            format(value));
                }
                options.add(new AnswerOption(label, value, option.textList("aliases")));
            });
        }
        Optional<UnscoredOption> notApplicable = unscored(view.get(), "notApplicable", where);
        Optional<UnscoredOption> dontKnow = unscored(view.get(), "dontKnow", where);
        checkOptionOrder(optionNodes, options, where);
        checkSpellingsUnique(view.get(), options, notApplicable, dontKnow, where);
        if (options.size() > AnswerSet.MOST_OPTIONS) {
            problems.report(
                    view.get().node(),
                    "yaml.answer-set.too-many-options",
                    quote(name),
                    options.size(),
                    AnswerSet.MOST_OPTIONS);
            return Optional.empty();
        }
        if (options.size() < 2) {
            if (!optionNodes.isEmpty()) {
                problems.report(view.get().node(), "yaml.answer-set.too-few-options", quote(name));
            }
            return Optional.empty();
        }
        if (options.stream().anyMatch(o -> Double.isNaN(o.value()))) {
            return Optional.empty();
        }
        return Optional.of(new AnswerSet(name, options, notApplicable, dontKnow));
    }

    private Optional<UnscoredOption> unscored(MapView set, String key, String where) {
        return set.map(key, part("yaml.part.field-where", key, where), UNSCORED, false)
                .map(view -> new UnscoredOption(view.requiredText("label"), view.textList("aliases")));
    }

    private void checkOptionOrder(List<Node> nodes, List<AnswerOption> options, String where) {
        for (int i = 1; i < options.size() && i < nodes.size(); i++) {
            double previous = options.get(i - 1).value();
            double current = options.get(i).value();
            if (!Double.isNaN(previous) && !Double.isNaN(current) && current <= previous) {
                problems.report(
                        nodes.get(i),
                        "yaml.answer-set.options-out-of-order",
                        where,
                        quote(options.get(i).label()),
                        format(current),
                        quote(options.get(i - 1).label()),
                        format(previous));
            }
        }
    }

    private void checkSpellingsUnique(
            MapView set,
            List<AnswerOption> options,
            Optional<UnscoredOption> notApplicable,
            Optional<UnscoredOption> dontKnow,
            String where) {
        List<Map.Entry<String, List<String>>> all = new ArrayList<>();
        options.forEach(o -> all.add(Map.entry(o.label(), spellings(o.label(), o.aliases()))));
        notApplicable.ifPresent(o -> all.add(Map.entry(o.label(), spellings(o.label(), o.aliases()))));
        dontKnow.ifPresent(o -> all.add(Map.entry(o.label(), spellings(o.label(), o.aliases()))));
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (String spelling : new LinkedHashSet<>(all.get(i).getValue())) {
                Integer previous = owner.putIfAbsent(AnswerSet.normalise(spelling), i);
                if (previous != null && previous != i) {
                    problems.report(
                            set.node(),
                            "yaml.answer-set.spelling-twice",
                            quote(spelling),
                            where,
                            quote(all.get(previous).getKey()),
                            quote(all.get(i).getKey()));
                }
            }
        }
    }

    private static List<String> spellings(String label, List<String> aliases) {
        List<String> spellings = new ArrayList<>(aliases);
        spellings.add(0, label);
        return spellings;
    }

    private List<Dimension> dimensions(MapView q) {
        List<Dimension> dimensions = new ArrayList<>();
        Part dimension = part("yaml.part.dimension");
        for (Node node : q.list("dimensions", false)) {
            MapView.of(problems, node, dimension, DIMENSION)
                    .ifPresent(view -> dimensions.add(new Dimension(
                            id(view, dimension),
                            view.requiredText("name"),
                            view.optionalText("description").orElse(""),
                            combine(view))));
        }
        reportDuplicateIds(
                q.list("dimensions", false),
                dimensions.stream().map(Dimension::id).toList(),
                "dimension");
        return dimensions;
    }

    private List<Section> sections(MapView q) {
        List<Section> sections = new ArrayList<>();
        List<Node> nodes = q.list("sections", true);
        Part section = part("yaml.part.section");
        for (Node node : nodes) {
            MapView.of(problems, node, section, SECTION).ifPresent(view -> {
                String id = id(view, section);
                String where = words.get("yaml.where.section", quote(id));
                List<SuggestedAction> actions = new ArrayList<>();
                for (Node actionNode : view.list("actions", false)) {
                    MapView.of(problems, actionNode, part("yaml.part.action", where), ACTION)
                            .ifPresent(action -> actions.add(new SuggestedAction(
                                    action.requiredText("text"),
                                    action.textList("addresses"),
                                    action.textList("onlyFor"),
                                    action.textList("notFor"))));
                }
                sections.add(new Section(
                        id,
                        view.requiredText("name"),
                        sectionKind(view, where),
                        view.optionalText("description").orElse(""),
                        view.optionalText("whatGoodLooksLike").orElse(""),
                        view.optionalText("whatItsAbsenceLooksLike").orElse(""),
                        actions));
            });
        }
        reportDuplicateIds(nodes, sections.stream().map(Section::id).toList(), "section");
        if (!nodes.isEmpty()
                && sections.stream().noneMatch(s -> s.kind() == SectionKind.PRINCIPLE)
                && !problems.any()) {
            problems.report(q.value("sections").orElseThrow(), "yaml.section.no-principle");
        }
        return sections;
    }

    private SectionKind sectionKind(MapView view, String where) {
        String kind = view.optionalText("kind").orElse("principle");
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "principle" -> SectionKind.PRINCIPLE;
            case "context" -> SectionKind.CONTEXT;
            default -> {
                problems.report(view.value("kind").orElseThrow(), "yaml.section.kind", where, quote(kind));
                yield SectionKind.PRINCIPLE;
            }
        };
    }

    /** @param answerSetNames every answer set declared, even one with mistakes, so that those are reported only once */
    private List<Question> questions(
            MapView q, List<Section> sections, Set<String> answerSetNames, List<Dimension> dimensions) {
        Set<String> sectionIds = ids(sections.stream().map(Section::id).toList());
        Set<String> dimensionIds = ids(dimensions.stream().map(Dimension::id).toList());
        List<Question> questions = new ArrayList<>();
        List<Node> nodes = q.list("questions", true);
        Part question = part("yaml.part.question");
        for (Node node : nodes) {
            MapView.of(problems, node, question, QUESTION).ifPresent(view -> {
                String id = id(view, question);
                String where = words.get("yaml.where.question", quote(id));
                String section = reference(view, "section", sectionIds, "section", where);
                String answerSet = reference(view, "answerSet", answerSetNames, "answer-set", where);
                double weight = view.optionalNumber("weight").orElse(1.0);
                if (weight <= 0 || weight > 100) {
                    problems.report(view.value("weight").orElseThrow(), "yaml.question.weight", where, format(weight));
                }
                List<String> tags = view.textList("dimensions");
                for (String tag : tags) {
                    if (!dimensionIds.contains(tag)) {
                        problems.report(
                                view.value("dimensions").orElseThrow(),
                                "yaml.question.unknown-dimension",
                                quote(tag),
                                where,
                                Suggestions.didYouMean(words, tag, dimensionIds));
                    }
                }
                questions.add(new Question(
                        id,
                        section,
                        view.requiredText("text"),
                        answerSet,
                        view.optionalText("help").orElse(""),
                        view.flag("reverse", false),
                        weight,
                        tags));
            });
        }
        reportDuplicateIds(nodes, questions.stream().map(Question::id).toList(), "question");
        return questions;
    }

    /** @param kind what the reference names, as in the keys yaml.reference.unknown.KIND */
    private String reference(MapView view, String key, Set<String> known, String kind, String where) {
        String name = view.requiredText(key);
        if (!name.isEmpty() && !known.contains(name)) {
            problems.at(
                    view.value(key).orElseThrow(),
                    words.get("yaml.reference.unknown." + kind, quote(name), where)
                            + Suggestions.didYouMean(words, name, known)
                            + (known.isEmpty() ? "" : words.get("yaml.known", String.join(", ", known))));
        }
        return name;
    }

    private void checkActions(MapView q, List<Section> sections, List<Question> questions) {
        Node sectionsNode = q.value("sections").orElse(q.node());
        for (Section section : sections) {
            Set<String> own = ids(questions.stream()
                    .filter(x -> x.sectionId().equals(section.id()))
                    .map(Question::id)
                    .toList());
            for (SuggestedAction action : section.actions()) {
                for (String addressed : action.addresses()) {
                    if (!own.contains(addressed)) {
                        problems.at(
                                sectionsNode,
                                words.get("yaml.action.not-in-section", quote(section.id()), quote(addressed))
                                        + Suggestions.didYouMean(words, addressed, own));
                    }
                }
            }
        }
    }

    private void checkEverySectionHasQuestions(MapView q, List<Section> sections, List<Question> questions) {
        for (Section section : sections) {
            if (questions.stream().noneMatch(x -> x.sectionId().equals(section.id())) && !questions.isEmpty()) {
                problems.report(q.value("sections").orElse(q.node()), "yaml.section.no-questions", quote(section.id()));
            }
        }
    }

    private ScoringRules scoring(MapView q) {
        Optional<MapView> view = q.map("scoring", part("yaml.part.field", "scoring"), SCORING, true);
        if (view.isEmpty()) {
            return new ScoringRules(0.5, List.of(everyScore()));
        }
        double minimum = view.get().optionalNumber("minimumAnswered").orElse(0.5);
        if (minimum <= 0 || minimum > 1) {
            problems.report(
                    view.get().value("minimumAnswered").orElseThrow(),
                    "yaml.scoring.minimum-answered",
                    format(minimum));
        }
        List<Band> bands = new ArrayList<>();
        List<Node> nodes = view.get().list("bands", true);
        Part bandPart = part("yaml.part.band");
        for (Node node : nodes) {
            MapView.of(problems, node, bandPart, BAND).ifPresent(band -> {
                double from = band.requiredNumber("from");
                if (from < 0 || from >= 100) {
                    problems.report(
                            band.value("from").orElse(band.node()),
                            "yaml.band.from",
                            quote(band.optionalText("id").orElse("?")),
                            format(from));
                }
                bands.add(new Band(
                        id(band, bandPart),
                        band.requiredText("label"),
                        from,
                        band.optionalText("meaning").orElse("")));
            });
        }
        reportDuplicateIds(nodes, bands.stream().map(Band::id).toList(), "band");
        for (int i = 0; i < bands.size(); i++) {
            if (i == 0 && bands.get(0).from() != 0) {
                problems.report(nodes.get(0), "yaml.band.first-from");
            }
            if (i > 0 && bands.get(i).from() <= bands.get(i - 1).from()) {
                problems.report(
                        nodes.get(i),
                        "yaml.band.out-of-order",
                        quote(bands.get(i).id()),
                        format(bands.get(i).from()),
                        format(bands.get(i - 1).from()));
            }
        }
        if (bands.isEmpty()) {
            bands.add(everyScore());
        }
        return new ScoringRules(minimum, bands);
    }

    /** The one band of a questionnaire whose bands are wrong, so that reading on finds the other problems. */
    private Band everyScore() {
        return new Band("all", words.get("yaml.band.all"), 0, "");
    }

    private VerdictRules verdict(MapView q, List<Section> sections, List<Dimension> dimensions) {
        Optional<MapView> view = q.map("verdict", part("yaml.part.field", "verdict"), VERDICT, true);
        // stands in for a verdict with mistakes, so that reading on finds the other problems
        VerdictOutcome placeholder = new VerdictOutcome("none", words.get("yaml.verdict.none"), "", List.of());
        if (view.isEmpty()) {
            return new VerdictRules(List.of(), placeholder, placeholder);
        }
        List<VerdictRule> rules = new ArrayList<>();
        List<Node> nodes = view.get().list("rules", true);
        Part rulePart = part("yaml.part.verdict-rule");
        for (Node node : nodes) {
            MapView.of(problems, node, rulePart, RULE).ifPresent(rule -> {
                VerdictOutcome outcome = outcome(rule, rulePart);
                List<Condition> conditions = new ArrayList<>();
                for (Node conditionNode : rule.list("when", true)) {
                    condition(
                                    conditionNode,
                                    words.get("yaml.where.verdict-rule", quote(outcome.id())),
                                    sections,
                                    dimensions)
                            .ifPresent(conditions::add);
                }
                rules.add(new VerdictRule(outcome, conditions));
            });
        }
        VerdictOutcome fallback = outcome(view.get(), "fallback").orElse(placeholder);
        VerdictOutcome insufficient = outcome(view.get(), "insufficientData").orElse(placeholder);
        List<String> allIds =
                new ArrayList<>(rules.stream().map(r -> r.outcome().id()).toList());
        reportDuplicateIds(nodes, allIds, "verdict-rule");
        for (VerdictOutcome extra : List.of(fallback, insufficient)) {
            if (allIds.contains(extra.id())) {
                problems.report(view.get().node(), "yaml.verdict.id-twice", quote(extra.id()));
            }
            allIds.add(extra.id());
        }
        return new VerdictRules(rules, fallback, insufficient);
    }

    /** The verdict given under {@code key} of 'verdict', such as its fallback. */
    private Optional<VerdictOutcome> outcome(MapView verdict, String key) {
        Part what = part("yaml.part.field", key);
        return verdict.map(key, what, OUTCOME, true).map(o -> outcome(o, what));
    }

    private VerdictOutcome outcome(MapView view, Part what) {
        return new VerdictOutcome(
                id(view, what),
                view.requiredText("label"),
                view.optionalText("meaning").orElse(""),
                view.textList("nextSteps"));
    }

    private Optional<Condition> condition(Node node, String where, List<Section> sections, List<Dimension> dimensions) {
        Optional<MapView> view = MapView.of(problems, node, part("yaml.part.condition", where), CONDITION);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        MapView c = view.get();
        Optional<ScoreRef> score = scoreRef(c, where, sections, dimensions);
        boolean atLeast = c.has("atLeast");
        boolean below = c.has("below");
        if (atLeast == below) {
            problems.report(node, "yaml.condition.one-comparison", where);
            return Optional.empty();
        }
        String key = atLeast ? "atLeast" : "below";
        double threshold = c.requiredNumber(key);
        if (threshold < 0 || threshold > 100) {
            problems.report(c.value(key).orElseThrow(), "yaml.condition.threshold", where, format(threshold));
        }
        return score.map(ref ->
                new Condition(ref, atLeast ? Condition.Comparison.AT_LEAST : Condition.Comparison.BELOW, threshold));
    }

    private Optional<ScoreRef> scoreRef(MapView c, String where, List<Section> sections, List<Dimension> dimensions) {
        String written = c.requiredText("score");
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Node at = c.value("score").orElseThrow();
        for (ScoreRef.Kind kind : ScoreRef.Kind.values()) {
            if (kind.written.endsWith(":") && written.startsWith(kind.written)) {
                String id = written.substring(kind.written.length());
                List<String> known = kind == ScoreRef.Kind.SECTION
                        ? sections.stream().map(Section::id).toList()
                        : dimensions.stream().map(Dimension::id).toList();
                if (!known.contains(id)) {
                    problems.at(
                            at,
                            words.get(
                                            kind == ScoreRef.Kind.SECTION
                                                    ? "yaml.condition.unknown-section"
                                                    : "yaml.condition.unknown-dimension",
                                            where,
                                            quote(id))
                                    + Suggestions.didYouMean(words, id, known));
                    return Optional.empty();
                }
                return Optional.of(new ScoreRef(kind, id));
            }
            if (kind.written.equals(written)) {
                return Optional.of(ScoreRef.of(kind));
            }
        }
        List<String> forms = new ArrayList<>();
        sections.forEach(s -> forms.add("section:" + s.id()));
        dimensions.forEach(d -> forms.add("dimension:" + d.id()));
        forms.addAll(List.of("every-principle", "weakest-principle", "average-principle"));
        problems.at(
                at,
                words.get("yaml.condition.unknown-score", where, quote(written))
                        + Suggestions.didYouMean(words, written, forms)
                        + words.get("yaml.condition.scores"));
        return Optional.empty();
    }

    private Dimension.Combine combine(MapView view) {
        String written = view.optionalText("combine").orElse("mean");
        for (Dimension.Combine combine : Dimension.Combine.values()) {
            if (combine.written.equals(written.toLowerCase(Locale.ROOT))) {
                return combine;
            }
        }
        problems.report(view.value("combine").orElseThrow(), "yaml.dimension.combine", quote(written));
        return Dimension.Combine.MEAN;
    }

    private Optional<Grid> grid(MapView q, List<Section> sections, List<Dimension> dimensions) {
        Optional<MapView> view = q.map("grid", part("yaml.part.field", "grid"), GRID, false);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<Condition>> tests = new ArrayList<>();
        for (String key : GRID) {
            Optional<Node> node = view.get().value(key);
            if (node.isEmpty()) {
                problems.report(view.get().node(), "yaml.grid.missing", key);
                tests.add(Optional.empty());
            } else {
                tests.add(condition(node.get(), words.get("yaml.where.grid", key), sections, dimensions));
            }
        }
        if (tests.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(
                new Grid(tests.get(0).get(), tests.get(1).get(), tests.get(2).get()));
    }

    private List<Activity> activities(MapView q, List<Question> questions) {
        Set<String> questionIds = ids(questions.stream().map(Question::id).toList());
        List<Activity> activities = new ArrayList<>();
        List<Node> nodes = q.list("activities", false);
        Part activity = part("yaml.part.activity");
        for (Node node : nodes) {
            MapView.of(problems, node, activity, ACTIVITY).ifPresent(view -> {
                String id = id(view, activity);
                List<String> named = view.textList("questions");
                for (String question : named) {
                    if (!questionIds.contains(question)) {
                        problems.at(
                                view.value("questions").orElse(view.node()),
                                words.get("yaml.activity.unknown-question", quote(id), quote(question))
                                        + Suggestions.didYouMean(words, question, questionIds));
                    }
                }
                if (named.isEmpty()) {
                    problems.report(view.node(), "yaml.activity.no-questions", quote(id));
                }
                double from = view.optionalNumber("presentFrom").orElse(50.0);
                if (from <= 0 || from > 100) {
                    problems.report(
                            view.value("presentFrom").orElseThrow(),
                            "yaml.activity.present-from",
                            quote(id),
                            format(from));
                }
                activities.add(new Activity(
                        id,
                        view.requiredText("name"),
                        view.optionalText("meaning").orElse(""),
                        named,
                        from));
            });
        }
        reportDuplicateIds(nodes, activities.stream().map(Activity::id).toList(), "activity");
        return activities;
    }

    /** An action's onlyFor and notFor must name verdicts that exist, or the action would silently never be shown. */
    private void checkVerdictNames(MapView q, List<Section> sections, VerdictRules verdict) {
        Set<String> known = new LinkedHashSet<>();
        verdict.rules().forEach(r -> known.add(r.outcome().id()));
        known.add(verdict.fallback().id());
        known.add(verdict.insufficientData().id());
        for (Section section : sections) {
            for (SuggestedAction action : section.actions()) {
                List<String> named = new ArrayList<>(action.onlyFor());
                named.addAll(action.notFor());
                for (String id : named) {
                    if (!known.contains(id)) {
                        problems.at(
                                q.value("sections").orElse(q.node()),
                                words.get("yaml.action.unknown-verdict", quote(section.id()), quote(id))
                                        + Suggestions.didYouMean(words, id, known));
                    }
                }
            }
        }
    }

    private List<ReflectionPrompt> reflections(MapView q) {
        List<ReflectionPrompt> reflections = new ArrayList<>();
        List<Node> nodes = q.list("reflections", false);
        Part reflection = part("yaml.part.reflection");
        for (Node node : nodes) {
            MapView.of(problems, node, reflection, REFLECTION)
                    .ifPresent(view ->
                            reflections.add(new ReflectionPrompt(id(view, reflection), view.requiredText("prompt"))));
        }
        reportDuplicateIds(nodes, reflections.stream().map(ReflectionPrompt::id).toList(), "reflection");
        return reflections;
    }

    /** @param kind what the ids name, as in the keys yaml.duplicate-id.KIND */
    private void reportDuplicateIds(List<Node> nodes, List<String> ids, String kind) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!id.isEmpty() && !seen.add(id)) {
                problems.report(i < nodes.size() ? nodes.get(i) : null, "yaml.duplicate-id." + kind, quote(id));
            }
        }
    }

    private static Set<String> anyKey(Node node) {
        Set<String> names = new LinkedHashSet<>();
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            mapping.getValue().forEach(t -> {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
                    names.add(s.getValue());
                }
            });
        }
        return names;
    }

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? String.valueOf((long) number)
                : String.valueOf(number);
    }
}
