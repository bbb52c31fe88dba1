package org.coprod.io.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Writes an assessment as an answers file that people can read and edit by hand, in questionnaire order. */
public final class AnswersWriter {
    /** Longer than this, a note or reflection is folded over several lines rather than written on one long one. */
    private static final int LONGEST_ONE_LINE = 60;

    private AnswersWriter() {}

    public static String toYaml(Assessment assessment, Questionnaire questionnaire) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("questionnaire", assessment.questionnaireId());
        document.put("questionnaireVersion", assessment.questionnaireVersion());
        document.put("service", assessment.service());
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("role", assessment.respondent().role());
        if (!assessment.respondent().name().isBlank()) {
            respondent.put("name", assessment.respondent().name());
        }
        document.put("respondent", respondent);
        if (!assessment.date().isBlank()) {
            document.put("date", assessment.date());
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = assessment.answers().get(question.id());
            if (answer != null) {
                answers.put(question.id(), entry(answer));
            }
        }
        document.put("answers", answers);
        if (!assessment.reflections().isEmpty()) {
            document.put("reflections", new LinkedHashMap<>(assessment.reflections()));
        }
        return "# coprod answers file: one self-assessment of one service.\n"
                + "# Answers may be changed by hand: use an option's label, as in 'Sometimes'.\n"
                + yaml().dump(document);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(100);
        options.setSplitLines(true);
        // found by fuzzing: a control character (a stray Escape from an arrow key in a note) made the whole text
        // unreadable base64 (!!binary), which read back as the base64 itself; escaped, it reads back as written
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return new Yaml(new ReadableRepresenter(options), options);
    }

    /** Long text folded (or kept as written when it has line breaks), and a missing answer left blank, not "null". */
    private static final class ReadableRepresenter extends Representer {
        ReadableRepresenter(DumperOptions options) {
            super(options);
            this.nullRepresenter = data -> representScalar(Tag.NULL, "");
        }

        @Override
        protected Node representScalar(Tag tag, String value, ScalarStyle style) {
            if (Tag.STR.equals(tag) && value.contains("\n")) {
                return super.representScalar(tag, value, ScalarStyle.LITERAL);
            }
            if (Tag.STR.equals(tag) && value.length() > LONGEST_ONE_LINE) {
                return super.representScalar(tag, value, ScalarStyle.FOLDED);
            }
            return super.representScalar(tag, value, style);
        }
    }

    private static Object entry(Answer answer) {
        String label = answer.response().map(r -> r.label()).orElse(null);
        if (!answer.hasNote()) {
            return label;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("answer", label);
        entry.put("note", answer.note());
        return entry;
    }
}
