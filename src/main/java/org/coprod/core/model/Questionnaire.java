package org.coprod.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A whole questionnaire as loaded from its YAML file and checked. */
public record Questionnaire(
        String id,
        String title,
        String version,
        String description,
        String language,
        int minutesToComplete,
        Map<String, AnswerSet> answerSets,
        List<Section> sections,
        List<Question> questions,
        List<Dimension> dimensions,
        ScoringRules scoring,
        VerdictRules verdict,
        List<ReflectionPrompt> reflections,
        String notApplicableRule,
        Optional<Grid> grid,
        List<Activity> activities) {

    public Questionnaire {
        answerSets = Map.copyOf(answerSets);
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        dimensions = List.copyOf(dimensions);
        reflections = List.copyOf(reflections);
        activities = List.copyOf(activities);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    public AnswerSet answerSetOf(Question question) {
        return answerSets.get(question.answerSetId());
    }

    public List<Question> questionsIn(Section section) {
        return questions.stream()
                .filter(q -> q.sectionId().equals(section.id()))
                .toList();
    }

    public List<Section> principles() {
        return sections.stream().filter(s -> s.kind() == SectionKind.PRINCIPLE).toList();
    }

    /** The part before the first dot: answers made with 1.2 still fit 1.3, but not 2.0. */
    public static String majorVersion(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
