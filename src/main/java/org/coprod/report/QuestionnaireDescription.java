package org.coprod.report;

import static org.coprod.report.Document.left;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Table;

/** A questionnaire written out for people to read: its sections, questions, answers, bands and verdict rules. */
public final class QuestionnaireDescription {
    private QuestionnaireDescription() {}

    public static Document build(Questionnaire q) {
        Words words = Words.forTag(q.language());
        Document doc = new Document(q.title(), words).language(q.language());
        if (!q.description().isBlank()) {
            doc.paragraph(q.description());
        }
        doc.paragraph(
                q.minutesToComplete() > 0
                        ? words.get(
                                "report.description.summary-minutes",
                                q.id(),
                                q.version(),
                                q.questions().size(),
                                q.sections().size(),
                                q.minutesToComplete())
                        : words.get(
                                "report.description.summary",
                                q.id(),
                                q.version(),
                                q.questions().size(),
                                q.sections().size()));
        if (!q.notApplicableRule().isBlank()) {
            doc.paragraph(words.get("report.description.not-applicable"), q.notApplicableRule());
        }
        List<Section> principles = q.principles();
        for (Section section : q.sections()) {
            String heading = section.kind() == SectionKind.PRINCIPLE
                    ? words.get(
                            "report.description.principle",
                            principles.indexOf(section) + 1,
                            principles.size(),
                            section.name())
                    : words.get("report.description.context", section.name());
            doc.heading(heading);
            section(doc, q, section, words);
        }
        doc.heading(words.get("report.answers.heading"));
        doc.bullets(q.answerSets().values().stream()
                .sorted(java.util.Comparator.comparing(AnswerSet::id))
                .map(set -> answerSet(set, words))
                .toList());
        AssessmentReport.method(doc, q, words);
        return doc;
    }

    private static void section(Document doc, Questionnaire q, Section section, Words words) {
        if (!section.description().isBlank()) {
            doc.paragraph(section.description());
        }
        AssessmentReport.whatGoodLooksLike(doc, section, words);
        List<List<Cell>> rows = new ArrayList<>();
        for (Question question : q.questionsIn(section)) {
            rows.add(List.of(
                    Document.text(question.id()),
                    Document.text(question.text()),
                    Document.text(details(question, q, words))));
        }
        doc.table(new Table(List.of(left(words, "id"), left(words, "question"), left(words, "how-scored")), rows));
        if (!section.actions().isEmpty()) {
            doc.subheading(words.get("report.description.actions"));
            doc.bullets(section.actions().stream().map(a -> a.text()).toList());
        }
    }

    private static String details(Question question, Questionnaire questionnaire, Words words) {
        List<String> parts = new ArrayList<>();
        parts.add(question.answerSetId());
        if (question.reverseKeyed()) {
            parts.add(words.get("report.description.turned-round"));
        }
        if (question.weight() != 1.0) {
            parts.add(words.get("report.description.weight", Figures.format(question.weight())));
        }
        if (!question.dimensions().isEmpty()) {
            parts.add(words.get(
                    "report.description.counts-towards",
                    String.join(
                            ", ",
                            question.dimensions().stream()
                                    .map(id -> questionnaire
                                            .dimension(id)
                                            .map(d -> d.name().toLowerCase(words.locale()))
                                            .orElse(id))
                                    .toList())));
        }
        return String.join("; ", parts);
    }

    private static String answerSet(AnswerSet set, Words words) {
        List<String> options = new ArrayList<>();
        set.options().forEach(o -> options.add(words.get("report.name-figure", o.label(), Figures.format(o.value()))));
        List<String> unscored = set.choices().stream()
                .filter(r -> !r.isScored())
                .map(Response::label)
                .toList();
        return unscored.isEmpty()
                ? words.get("report.description.answer-set", set.id(), String.join(", ", options))
                : words.get(
                        "report.description.answer-set-unscored",
                        set.id(),
                        String.join(", ", options),
                        String.join(", ", unscored));
    }
}
