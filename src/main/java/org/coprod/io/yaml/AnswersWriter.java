package org.coprod.io.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;

/** Writes an assessment as an answers file that people can read and edit by hand, in questionnaire order. */
public final class AnswersWriter {
    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

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
        try {
            return "# coprod answers file: one self-assessment of one service.\n"
                    + "# Answers may be changed by hand: use an option's label, as in 'Sometimes'.\n"
                    + MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write answers as YAML", e);
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
