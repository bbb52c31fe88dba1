package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.scoring.Figures;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Table;

/** A questionnaire written out for people to read: its sections, questions, answers, bands and verdict rules. */
public final class QuestionnaireDescription {
    private QuestionnaireDescription() {}

    public static Document build(Questionnaire q) {
        Document doc = new Document(q.title()).language(q.language());
        if (!q.description().isBlank()) {
            doc.paragraph(q.description());
        }
        doc.paragraph("Id: " + q.id() + ". Version " + q.version() + ". " + q.questions().size() + " questions in "
                + q.sections().size() + " sections" + (q.minutesToComplete() > 0 ? ", about " + q.minutesToComplete()
                + " minutes to answer." : "."));
        if (!q.notApplicableRule().isBlank()) {
            doc.paragraph("Not applicable:", q.notApplicableRule());
        }
        List<Section> principles = q.principles();
        for (Section section : q.sections()) {
            String heading = section.kind() == SectionKind.PRINCIPLE
                    ? "Principle " + (principles.indexOf(section) + 1) + " of " + principles.size() + ": " + section.name()
                    : section.name() + " (not a principle)";
            doc.heading(heading);
            section(doc, q, section);
        }
        doc.heading("Answers");
        doc.bullets(q.answerSets().values().stream().sorted(java.util.Comparator.comparing(AnswerSet::id))
                .map(QuestionnaireDescription::answerSet).toList());
        AssessmentReport.method(doc, q);
        return doc;
    }

    private static void section(Document doc, Questionnaire q, Section section) {
        if (!section.description().isBlank()) {
            doc.paragraph(section.description());
        }
        if (!section.whatGoodLooksLike().isBlank()) {
            doc.paragraph("What good looks like:", section.whatGoodLooksLike());
        }
        if (!section.whatItsAbsenceLooksLike().isBlank()) {
            doc.paragraph("What its absence looks like:", section.whatItsAbsenceLooksLike());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Question question : q.questionsIn(section)) {
            rows.add(List.of(Document.text(question.id()), Document.text(question.text()), Document.text(details(question, q))));
        }
        doc.table(new Table(List.of(new Column("Id", Align.LEFT), new Column("Question", Align.LEFT),
                new Column("Scored", Align.LEFT)), rows));
        if (!section.actions().isEmpty()) {
            doc.subheading("Suggested actions when it scores low");
            doc.bullets(section.actions().stream().map(a -> a.text()).toList());
        }
    }

    private static String details(Question question, Questionnaire questionnaire) {
        List<String> parts = new ArrayList<>();
        parts.add(question.answerSetId());
        if (question.reverseKeyed()) {
            parts.add("turned round");
        }
        if (question.weight() != 1.0) {
            parts.add("weight " + Figures.format(question.weight()));
        }
        if (!question.dimensions().isEmpty()) {
            parts.add("counts towards " + String.join(", ", question.dimensions().stream()
                    .map(id -> questionnaire.dimension(id).map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).orElse(id)).toList()));
        }
        return String.join("; ", parts);
    }

    private static String answerSet(AnswerSet set) {
        List<String> options = new ArrayList<>();
        set.options().forEach(o -> options.add(o.label() + " (" + Figures.format(o.value()) + ")"));
        List<String> unscored = set.choices().stream().filter(r -> !r.isScored()).map(Response::label).toList();
        return set.id() + ": " + String.join(", ", options)
                + (unscored.isEmpty() ? "" : "; also, never scored: " + String.join(", ", unscored));
    }
}
