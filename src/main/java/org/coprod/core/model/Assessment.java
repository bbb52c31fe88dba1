package org.coprod.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One self-assessment of one service: the answers file's content once bound to its questionnaire. */
public record Assessment(
        String questionnaireId,
        String questionnaireVersion,
        String service,
        Respondent respondent,
        String date,
        Map<String, Answer> answers,
        Map<String, String> reflections) {

    public Assessment {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        reflections = Collections.unmodifiableMap(new LinkedHashMap<>(reflections));
    }

    public Optional<Response> responseTo(String questionId) {
        Answer answer = answers.get(questionId);
        return answer == null ? Optional.empty() : answer.response();
    }

    public Map<String, Response> responses() {
        Map<String, Response> responses = new LinkedHashMap<>();
        answers.forEach((id, answer) -> answer.response().ifPresent(r -> responses.put(id, r)));
        return responses;
    }
}
