package org.coprod.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;

/**
 * Random questionnaires and answers for the property tests: answer scales of any length starting anywhere (negative
 * values, fractional steps), with and without "not applicable" and "don't know", reverse-keyed and weighted questions,
 * any minimum share of answers. Each is written as YAML and read by the real loader, so it is a valid questionnaire.
 */
public final class RandomQuestionnaires {
    /** How many random cases each property is checked on: -Dcoprod.properties.tries=N (default 300). */
    public static final int TRIES = Integer.getInteger("coprod.properties.tries", 300);

    /** One random case: its seed (to name in a failure), its random numbers, and a questionnaire made from them. */
    public interface Case {
        void check(long seed, Random random, Questionnaire q) throws Exception;
    }

    /** Checks cases made from seeds 1 to {@code tries}, so that a failure can be repeated from its seed. */
    public static void forEachCase(int tries, Case check) throws Exception {
        for (long seed = 1; seed <= tries; seed++) {
            Random random = new Random(seed);
            check.check(seed, random, questionnaire(random, false));
        }
    }

    private RandomQuestionnaires() {}

    public static Questionnaire questionnaire(Random random, boolean reversed) {
        return QuestionnaireReader.parse("random.yaml", yaml(random, reversed), Words.english());
    }

    /** The same questionnaire twice, the second with every question's reverse keying turned round. */
    static Questionnaire[] pairWithReverseFlipped(long seed) {
        return new Questionnaire[] {questionnaire(new Random(seed), false), questionnaire(new Random(seed), true)};
    }

    private static String yaml(Random random, boolean flipReverse) {
        StringBuilder y = new StringBuilder("id: random\ntitle: Random\nversion: \"1.0\"\nanswerSets:\n");
        int sets = 1 + random.nextInt(3);
        for (int s = 0; s < sets; s++) {
            y.append("  set").append(s).append(":\n    options:\n");
            double value = random.nextInt(11) - 5 + (random.nextBoolean() ? 0 : 0.5);
            int options = 2 + random.nextInt(6);
            for (int o = 0; o < options; o++) {
                y.append(String.format(Locale.ROOT, "      - {label: O%d-%d, value: %s}%n", s, o, number(value)));
                value += random.nextBoolean() ? 1 : 0.25 + random.nextInt(4);
            }
            if (random.nextBoolean()) {
                y.append("    notApplicable: {label: N/A}\n");
            }
            if (random.nextBoolean()) {
                y.append("    dontKnow: {label: DK}\n");
            }
        }
        y.append(
                "dimensions:\n  - {id: plan, name: Plan}\n  - {id: deliver, name: Deliver}\n  - {id: staff, name: Staff}\n"
                        + "  - {id: views, name: Views}\nsections:\n");
        int principles = 1 + random.nextInt(4);
        for (int p = 0; p < principles; p++) {
            y.append("  - {id: p").append(p).append(", name: P").append(p).append("}\n");
        }
        y.append("  - {id: ctx, name: Context, kind: context}\nquestions:\n");
        String[] dimensions = {"plan", "deliver", "staff", "views"};
        int q = 0;
        for (int p = 0; p <= principles; p++) {
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++, q++) {
                boolean reverse = random.nextInt(3) == 0;
                y.append(String.format(
                        Locale.ROOT,
                        "  - {id: q%d, section: %s, text: Q%d, answerSet: set%d, weight: %s,"
                                + " reverse: %s, dimensions: [%s]}%n",
                        q,
                        p == principles ? "ctx" : "p" + p,
                        q,
                        random.nextInt(sets),
                        new String[] {"0.5", "1", "1", "2", "3"}[random.nextInt(5)],
                        reverse != flipReverse,
                        dimensions[random.nextInt(4)]));
            }
        }
        y.append("scoring:\n  minimumAnswered: ")
                .append(new String[] {"0.25", "0.5", "0.75", "1"}[random.nextInt(4)])
                .append("\n  bands:\n    - {id: low, label: Low, from: 0}\n    - {id: high, label: High, from: 50}\n")
                .append("""
                verdict:
                  rules:
                    - id: co-production
                      label: Co-production
                      when:
                        - {score: "dimension:plan", atLeast: 60}
                        - {score: "dimension:deliver", atLeast: 60}
                        - {score: "dimension:staff", atLeast: 60}
                        - {score: every-principle, atLeast: 50}
                    - id: voice
                      label: Voice
                      when:
                        - {score: "dimension:plan", atLeast: 60}
                    - id: consultation
                      label: Consultation
                      when:
                        - {score: "dimension:views", atLeast: 50}
                  fallback: {id: informing, label: Informing}
                  insufficientData: {id: unknown, label: Not enough answers to decide}
                """);
        return y.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Random answers: some questions skipped, some "not applicable" or "don't know" where the scale offers them. */
    public static Map<String, Response> answers(Questionnaire questionnaire, Random random) {
        Map<String, Response> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (random.nextInt(5) > 0) {
                List<Response> choices = questionnaire.answerSetOf(question).choices();
                answers.put(question.id(), choices.get(random.nextInt(choices.size())));
            }
        }
        return answers;
    }

    /** Every question answered with one of its scored options. */
    static Map<String, Response> fullyAnswered(Questionnaire questionnaire, Random random) {
        Map<String, Response> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            AnswerSet set = questionnaire.answerSetOf(question);
            answers.put(
                    question.id(),
                    Response.scored(
                            set.options().get(random.nextInt(set.options().size()))));
        }
        return answers;
    }

    /** The questions a set of answers leaves without a response, or answers "don't know". */
    static List<Question> unansweredOrDontKnow(Questionnaire questionnaire, Map<String, Response> answers) {
        List<Question> found = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Response response = answers.get(question.id());
            if (response == null || response.kind() == org.coprod.core.model.ResponseKind.DONT_KNOW) {
                found.add(question);
            }
        }
        return found;
    }
}
