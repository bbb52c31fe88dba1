package org.coprod;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;

/** Fixtures shared by the tests. */
public final class TestFiles {
    private TestFiles() {}

    public static String resource(String name) {
        try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Questionnaire tiny() {
        return QuestionnaireReader.parse("tiny.yaml", resource("questionnaires/tiny.yaml"), Words.english());
    }

    /** Responses by question id, each given as it would be typed ("Often", "N/A", "2"). */
    public static Map<String, Response> responses(Questionnaire q, String... idAndAnswer) {
        java.util.LinkedHashMap<String, Response> responses = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idAndAnswer.length; i += 2) {
            String id = idAndAnswer[i];
            int at = i;
            Optional<Response> response =
                    q.answerSetOf(q.question(id).orElseThrow()).match(idAndAnswer[i + 1]);
            responses.put(
                    id,
                    response.orElseThrow(
                            () -> new IllegalArgumentException("no answer " + idAndAnswer[at + 1] + " to " + id)));
        }
        return responses;
    }
}
