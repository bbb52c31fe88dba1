package org.coprod.interview;

import java.util.List;
import java.util.Optional;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.core.words.Words;

/**
 * Everything a conversation needs to ask one question: where it stands, the section introduction when the person
 * has just entered a new section, the choices, and what was answered or noted before.
 */
public record QuestionPrompt(
        String progress,
        Optional<Section> enteringSection,
        Question question,
        AnswerSet answerSet,
        Optional<Response> current,
        String note,
        String notApplicableRule) {

    /** The question's help, then the questionnaire's one rule for "not applicable" when the question offers it. */
    public String help(Words words) {
        String rule = answerSet.notApplicable().isPresent() ? notApplicableRule : "";
        String help = question.help().isBlank() ? words.get("interview.help.none") : question.help();
        return rule.isBlank() ? help : help + " " + rule;
    }

    public List<Response> choices() {
        return answerSet.choices();
    }

    public int currentIndex() {
        List<Response> choices = choices();
        return current.map(c -> {
                    for (int i = 0; i < choices.size(); i++) {
                        if (choices.get(i).label().equals(c.label())) {
                            return i;
                        }
                    }
                    return 0;
                })
                .orElse(0);
    }
}
