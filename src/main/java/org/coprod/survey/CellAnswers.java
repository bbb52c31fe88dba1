package org.coprod.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.coprod.core.model.AnswerMatcher;
import org.coprod.core.model.AnswerOption;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Response;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.words.Words;

/**
 * What the text of an answer cell says, in the way of the tool that made the export: in order, a code the user gave
 * for "not applicable" or "don't know"; a label or alias of the answer set; the tool's own code for an option's place
 * (see {@link ToolCodes}); a value of the answer set; the words for "not applicable" and "don't know", understood even
 * for answer sets that do not offer them.
 */
final class CellAnswers {
    private final Preset tool;
    private final Set<String> notApplicableCodes;
    private final Set<String> dontKnowCodes;
    /** The questionnaire's language, in which its survey's answers are written. */
    private final Words surveyWords;

    private final Set<String> notApplicableWords;
    private final Set<String> dontKnowWords;
    /** The answer sets for which a number was read as an option's place that is not its value. */
    private final List<AnswerSet> readByPlace = new ArrayList<>();

    CellAnswers(
            Preset tool, Collection<String> notApplicableCodes, Collection<String> dontKnowCodes, Words surveyWords) {
        this.tool = tool;
        this.notApplicableCodes = normalised(notApplicableCodes);
        this.dontKnowCodes = normalised(dontKnowCodes);
        this.surveyWords = surveyWords;
        this.notApplicableWords = wordSet(surveyWords, "survey.answer.not-applicable-words");
        this.dontKnowWords = wordSet(surveyWords, "survey.answer.dont-know-words");
    }

    /** The phrases of a key written as "one|another", as coprod looks for them in headings and answers. */
    static Set<String> wordSet(Words words, String key) {
        return Set.copyOf(wordList(words, key));
    }

    /** The words of a list such as "one|another", in their order. */
    static List<String> wordList(Words words, String key) {
        return List.of(words.get(key).split("\\|"));
    }

    /** The codes given for both "not applicable" and "don't know", which coprod cannot read as either. */
    static List<String> givenForBoth(Collection<String> notApplicable, Collection<String> dontKnow) {
        Set<String> dontKnowCodes = normalised(dontKnow);
        return notApplicable.stream()
                .filter(code -> dontKnowCodes.contains(AnswerSet.normalise(code)))
                .toList();
    }

    private static Set<String> normalised(Collection<String> codes) {
        return codes.stream().map(AnswerSet::normalise).collect(Collectors.toUnmodifiableSet());
    }

    Optional<Response> answerOf(AnswerSet set, AnswerMatcher matcher, String text) {
        String code = AnswerSet.normalise(text);
        if (notApplicableCodes.contains(code)) {
            return Optional.of(notApplicable());
        }
        if (dontKnowCodes.contains(code)) {
            return Optional.of(dontKnow());
        }
        Optional<Response> named = isLabelOrAlias(set, code) ? matcher.match(text) : toolCode(set, text);
        return named.or(() -> matcher.match(text)).or(() -> fallback(code));
    }

    /** The answer sets for which a number was read as an option's place that is not its value. */
    List<AnswerSet> readByPlace() {
        return readByPlace;
    }

    private static boolean isLabelOrAlias(AnswerSet set, String normalised) {
        return set.choices().stream()
                        .anyMatch(choice -> AnswerSet.normalise(choice.label()).equals(normalised))
                || set.options().stream()
                        .flatMap(o -> o.aliases().stream())
                        .anyMatch(a -> AnswerSet.normalise(a).equals(normalised))
                || set.notApplicable().stream()
                        .flatMap(o -> o.aliases().stream())
                        .anyMatch(a -> AnswerSet.normalise(a).equals(normalised))
                || set.dontKnow().stream()
                        .flatMap(o -> o.aliases().stream())
                        .anyMatch(a -> AnswerSet.normalise(a).equals(normalised));
    }

    /** An option written in the tool's own code for its place in the scale, such as LimeSurvey's A2 or AO02 or Qualtrics' 2. */
    private Optional<Response> toolCode(AnswerSet set, String text) {
        OptionalInt place = ToolCodes.place(tool, text);
        if (place.isEmpty() || place.getAsInt() > set.options().size()) {
            return Optional.empty();
        }
        AnswerOption option = set.options().get(place.getAsInt() - 1);
        if (option.value() != place.getAsInt() && readByPlace.stream().noneMatch(known -> known == set)) {
            readByPlace.add(set);
        }
        return Optional.of(Response.scored(option));
    }

    private Optional<Response> fallback(String normalised) {
        if (notApplicableWords.contains(normalised)) {
            return Optional.of(notApplicable());
        }
        if (dontKnowWords.contains(normalised)) {
            return Optional.of(dontKnow());
        }
        return Optional.empty();
    }

    private Response notApplicable() {
        return new Response(ResponseKind.NOT_APPLICABLE, null, surveyWords.get("survey.answer.not-applicable"));
    }

    private Response dontKnow() {
        return new Response(ResponseKind.DONT_KNOW, null, surveyWords.get("survey.answer.dont-know"));
    }
}
