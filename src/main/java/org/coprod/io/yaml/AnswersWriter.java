package org.coprod.io.yaml;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
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
        return new Repeated(questionnaire).toYaml(assessment);
    }

    public static String toYaml(Assessment assessment, Questionnaire questionnaire, SavedReport report) {
        return new Repeated(questionnaire, report).toYaml(assessment);
    }

    /**
     * Writes one assessment again and again as its answers change, as 'coprod assess' does after every answer: the
     * lines of each answer are kept, and only a changed answer is written again, so that a save takes time in
     * proportion to what changed rather than to the whole questionnaire (10,000 questions took 54 ms an answer).
     * The text is the same as one document written whole: each top-level entry of a block mapping is written
     * independently of the others.
     */
    public static final class Repeated {
        private final Questionnaire questionnaire;
        private final SavedReport report;
        private final String comment;
        private final Yaml yaml = yaml();
        private final Map<String, Written> answers = new HashMap<>();

        /** An answer and its lines in the file. */
        private record Written(Answer answer, String lines) {}

        public Repeated(Questionnaire questionnaire) {
            this(questionnaire, SavedReport.NONE);
        }

        /** @param report the report the session was asked to write, saved so that a resumed session writes it too */
        public Repeated(Questionnaire questionnaire, SavedReport report) {
            this.questionnaire = questionnaire;
            this.report = report;
            this.comment = comment(Words.forTag(questionnaire.language()));
        }

        public String toYaml(Assessment assessment) {
            StringBuilder out =
                    new StringBuilder(comment).append(yaml.dump(header(assessment, questionnaire.language(), report)));
            if (assessment.answers().isEmpty()) {
                out.append(yaml.dump(Map.of("answers", Map.of())));
            } else {
                out.append("answers:\n");
                for (Question question : questionnaire.questions()) {
                    Answer answer = assessment.answers().get(question.id());
                    if (answer != null) {
                        out.append(lines(question.id(), answer));
                    }
                }
            }
            if (!assessment.reflections().isEmpty()) {
                out.append(yaml.dump(Map.of("reflections", new LinkedHashMap<>(assessment.reflections()))));
            }
            return out.toString();
        }

        private String lines(String id, Answer answer) {
            Written written = answers.get(id);
            if (written == null || !written.answer().equals(answer)) {
                String entry = yaml.dump(Map.of("answers", Collections.singletonMap(id, entry(answer))));
                written = new Written(answer, entry.substring(entry.indexOf('\n') + 1));
                answers.put(id, written);
            }
            return written.lines();
        }
    }

    /**
     * The comment at the top of an answers file, saying what it is and how to change it: in the questionnaire's language,
     * as the labels to write are.
     */
    private static String comment(Words words) {
        return "# " + words.get("yaml.answers-file.about") + "\n# " + words.get("yaml.answers-file.editing") + "\n";
    }

    private static Map<String, Object> header(Assessment assessment, String language, SavedReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("questionnaire", assessment.questionnaireId());
        document.put("questionnaireVersion", assessment.questionnaireVersion());
        if (!language.isBlank()
                && !Locale.forLanguageTag(language.strip()).getLanguage().equals("en")) {
            document.put("language", language); // the language the answers were given in: English files say nothing
        }
        document.put("service", assessment.service());
        // a role or name not given is left out, not written as '' (which is still read, as files had it)
        Map<String, Object> respondent = new LinkedHashMap<>();
        if (!assessment.respondent().role().isBlank()) {
            respondent.put("role", assessment.respondent().role());
        }
        if (!assessment.respondent().name().isBlank()) {
            respondent.put("name", assessment.respondent().name());
        }
        if (!respondent.isEmpty()) {
            document.put("respondent", respondent);
        }
        if (!assessment.date().isBlank()) {
            document.put("date", assessment.date());
        }
        report.file().ifPresent(file -> document.put("report", file));
        report.format().ifPresent(format -> document.put("reportFormat", format));
        return document;
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
