package org.coprod.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coprod.app.Inputs;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.UnscoredOption;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.Csv;
import org.coprod.text.TextWrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false)
final class TemplateCommand extends CommandBase {
    @Parameters(
            paramLabel = "QUESTIONNAIRE",
            arity = "0..1",
            defaultValue = Catalogue.DEFAULT,
            descriptionKey = "coprod.template.parameter.questionnaire")
    String questionnaire;

    @Option(names = "--question-text", descriptionKey = "coprod.template.option.question-text")
    boolean questionText;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Questionnaire q = Catalogue.resolve(questionnaire, words());
        Words sheetWords = Words.forTag(q.language()); // the sheet is answered in the questionnaire's language
        List<String> header = new ArrayList<>(
                List.of(sheetWords.get("survey.template.service"), sheetWords.get("survey.template.role")));
        for (Question question : q.questions()) {
            header.add(questionText ? question.text() : question.id());
        }
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        output.write(this, csv.toString(), Inputs.questionnaireFile(questionnaire));
        // beside the sheet, not in it: a row of hints would be scored as a respondent
        io().err().println(answersGuide(q));
        io().err().flush();
        return ExitCodes.OK;
    }

    /**
     * Which answers each column takes, by the columns' letters in a spreadsheet (Service is A, Role B, the first
     * question C), one line for each set of answers.
     */
    private String answersGuide(Questionnaire q) {
        Map<AnswerSet, List<Integer>> columns = new LinkedHashMap<>();
        List<Question> questions = q.questions();
        for (int i = 0; i < questions.size(); i++) {
            columns.computeIfAbsent(q.answerSetOf(questions.get(i)), set -> new ArrayList<>())
                    .add(i + FIRST_QUESTION_COLUMN);
        }
        int width = io().style().width();
        StringBuilder guide = new StringBuilder(TextWrap.text(words().get("cli.template.guide"), width));
        columns.forEach((set, numbers) -> guide.append('\n')
                .append(TextWrap.hanging(
                        "  ",
                        words().get(
                                        "cli.template.guide.columns",
                                        letters(words(), numbers),
                                        words().or(answers(words(), set))),
                        width)));
        return guide.toString();
    }

    /**
     * Each answer in quotes, then the number that may stand for it (its value), or for "not applicable" and "don't
     * know" their shortest code.
     */
    private static List<String> answers(Words words, AnswerSet set) {
        List<String> answers = new ArrayList<>();
        set.options()
                .forEach(o ->
                        answers.add(words.get("cli.template.guide.answer-code", o.label(), Figures.format(o.value()))));
        set.notApplicable().ifPresent(o -> answers.add(unscored(words, o)));
        set.dontKnow().ifPresent(o -> answers.add(unscored(words, o)));
        return answers;
    }

    private static String unscored(Words words, UnscoredOption option) {
        return option.aliases().stream()
                .min(Comparator.comparingInt(String::length))
                .map(alias -> words.get("cli.template.guide.answer-code", option.label(), alias))
                .orElseGet(() -> words.get("cli.template.guide.answer", option.label()));
    }

    /** Where the questions start: after Service and Role. */
    private static final int FIRST_QUESTION_COLUMN = 2;

    /** Column numbers (0 is A) as a spreadsheet names them, runs of three or more joined: "C–F, H, AB–AD". */
    static String letters(Words words, List<Integer> numbers) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < numbers.size(); ) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                runs.add(words.get("cli.template.guide.column-run", letter(numbers.get(i)), letter(numbers.get(j))));
            } else {
                numbers.subList(i, j + 1).forEach(column -> runs.add(letter(column)));
            }
            i = j + 1;
        }
        return String.join(words.get("words.list.comma"), runs);
    }

    /** A column's letters: 0 is A, 25 Z, 26 AA. */
    private static String letter(int column) {
        String letters = "";
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters = (char) ('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }
}
