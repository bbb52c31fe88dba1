package org.coprod.interview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ReflectionPrompt;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.words.Words;
import org.coprod.io.OutputFiles;
import org.coprod.io.TextFiles;
import org.coprod.io.yaml.AnswersWriter;
import org.coprod.io.yaml.SavedReport;
import org.coprod.io.yaml.YamlDocuments;

/**
 * One self-assessment session: asks the questions in order, section by section, lets the person go back, skip, add
 * notes and quit, and saves the answers file after every change, so nothing typed is ever lost. At the end it shows
 * a summary whose answers can be changed, then asks the reflections.
 */
public final class Interview {
    /** How a session ended. */
    public enum Ending {
        FINISHED,
        QUIT,
        /** The input ended before the last question. */
        INPUT_ENDED,
        /** Answers read from a file or pipe reached a line that does not answer its question: {@link #stopReason()}. */
        SCRIPT_STOPPED
    }

    private final Questionnaire questionnaire;
    private final Conversation conversation;
    private final Path file;
    private final Assessment header;
    private final Map<String, Answer> answers;
    private final Map<String, String> reflections;
    private final Set<String> introduced = new HashSet<>();
    private final AnswersWriter.Repeated writer;
    private final Words words;
    /** Why answers read from a file or pipe were stopped, once they were. */
    private ScriptStopped stopped = new ScriptStopped("", 0);

    /** @param words the questionnaire's language, which the conversation speaks too */
    public Interview(Questionnaire questionnaire, Assessment start, Path file, Conversation conversation, Words words) {
        this(questionnaire, start, file, conversation, words, SavedReport.NONE);
    }

    /** @param report the report the session was asked to write, saved with the answers for a resumed session */
    public Interview(
            Questionnaire questionnaire,
            Assessment start,
            Path file,
            Conversation conversation,
            Words words,
            SavedReport report) {
        this.questionnaire = questionnaire;
        this.conversation = conversation;
        this.words = words;
        this.file = file;
        this.header = start;
        this.answers = new LinkedHashMap<>(start.answers());
        this.reflections = new LinkedHashMap<>(start.reflections());
        this.writer = new AnswersWriter.Repeated(questionnaire, report);
    }

    public Assessment assessment() {
        return new Assessment(
                header.questionnaireId(),
                header.questionnaireVersion(),
                header.service(),
                header.respondent(),
                header.date(),
                answers,
                reflections);
    }

    /** Why answers read from a file or pipe were stopped: the line, what it held and what was expected. */
    public String stopReason() {
        return stopped.getMessage();
    }

    /** The line of the file or pipe that stopped the session (see {@link #stopReason()}). */
    public long stopLine() {
        return stopped.line();
    }

    public Ending run() {
        try {
            return ask();
        } catch (ScriptStopped stop) {
            stopped = stop;
            return Ending.SCRIPT_STOPPED;
        }
    }

    private Ending ask() {
        saveIfReadable();
        List<Question> questions = questionnaire.questions();
        Optional<Ending> stopped = askFrom(firstNotSeen(), questions.size());
        if (stopped.isPresent()) {
            return stopped.get();
        }
        stopped = reviewSummary();
        if (stopped.isPresent()) {
            return stopped.get();
        }
        return askReflections();
    }

    /**
     * Where to carry on: the first question with no entry at all, or with a note but no answer (the person was still
     * on it when they stopped). A skipped question has an empty entry, so resuming passes it.
     */
    int firstNotSeen() {
        List<Question> questions = questionnaire.questions();
        for (int i = 0; i < questions.size(); i++) {
            Answer entry = answers.get(questions.get(i).id());
            if (entry == null || entry.response().isEmpty() && entry.hasNote()) {
                return i;
            }
        }
        return questions.size();
    }

    /** Asks questions from {@code index} until {@code until} (exclusive); empty when the person got to the end. */
    private Optional<Ending> askFrom(int index, int until) {
        List<Question> questions = questionnaire.questions();
        int i = index;
        while (i < until) {
            Action action = conversation.ask(prompt(i));
            Question question = questions.get(i);
            if (action instanceof Action.Answered answered) {
                record(question, Optional.of(answered.response()), note(question));
                i++;
            } else if (action instanceof Action.Keep) {
                i++;
            } else if (action instanceof Action.Skip) {
                record(question, response(question), note(question));
                i++;
            } else if (action instanceof Action.Back) {
                i = Math.max(0, i - 1);
            } else if (action instanceof Action.Noted noted
                    && keepable(noted.note(), "interview.refused.note-too-long")) {
                record(question, response(question), noted.note());
            } else if (action instanceof Action.Quit) {
                return Optional.of(Ending.QUIT);
            } else if (action instanceof Action.EndOfInput) {
                return Optional.of(Ending.INPUT_ENDED);
            }
        }
        return Optional.empty();
    }

    private QuestionPrompt prompt(int index) {
        Question question = questionnaire.questions().get(index);
        Section section = questionnaire.section(question.sectionId()).orElseThrow();
        Optional<Section> entering = introduced.add(section.id()) ? Optional.of(section) : Optional.empty();
        return new QuestionPrompt(
                progress(section, index),
                entering,
                question,
                questionnaire.answerSetOf(question),
                response(question),
                note(question),
                questionnaire.notApplicableRule());
    }

    private String progress(Section section, int index) {
        List<Section> principles = questionnaire.principles();
        int question = index + 1;
        int questions = questionnaire.questions().size();
        return section.kind() == SectionKind.PRINCIPLE
                ? words.get(
                        "interview.progress.principle",
                        principles.indexOf(section) + 1,
                        principles.size(),
                        question,
                        questions)
                : words.get("interview.progress.section", section.name(), question, questions);
    }

    private void record(Question question, Optional<Response> response, String note) {
        Answer before = answers.put(question.id(), new Answer(question.id(), response, note));
        if (!saveIfReadable()) {
            undo(answers, question.id(), before);
        }
    }

    /**
     * Saves the answers, unless the file would be too large for report, --resume and score to read back: then the
     * person is told, and the caller takes the change back.
     */
    private boolean saveIfReadable() {
        String text = writer.toYaml(assessment());
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > TextFiles.MAX_BYTES) {
            refuse(words.get("interview.refused.file-too-large", thousands(bytes), thousands(TextFiles.MAX_BYTES)));
            return false;
        }
        OutputFiles.writeAtomically(file, text);
        return true;
    }

    /** Says why a change was not kept, and on a full screen waits until it has been read (the next screen clears it). */
    private void refuse(String why) {
        conversation.show(why, words.get("interview.press-enter.go-on"));
    }

    /** 12,345, in every language, as coprod writes numbers everywhere else. */
    private static String thousands(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private static <V> void undo(Map<String, V> entries, String key, V before) {
        if (before == null) {
            entries.remove(key);
        } else {
            entries.put(key, before);
        }
    }

    /**
     * Whether a text is short enough for the answers file to be read back: a longer one would be saved, and then
     * refused by report, --resume and score. It is refused here instead, while the person can still shorten it.
     */
    private boolean keepable(String text, String refusal) {
        if (text.length() <= YamlDocuments.LONGEST_VALUE) {
            return true;
        }
        refuse(words.get(refusal, thousands(text.length()), thousands(YamlDocuments.LONGEST_VALUE)));
        return false;
    }

    private Optional<Response> response(Question question) {
        Answer answer = answers.get(question.id());
        return answer == null ? Optional.empty() : answer.response();
    }

    private String note(Question question) {
        Answer answer = answers.get(question.id());
        return answer == null ? "" : answer.note();
    }

    private Optional<Ending> reviewSummary() {
        int changed = -1;
        while (true) {
            List<String> entries =
                    questionnaire.questions().stream().map(this::summaryEntry).toList();
            int picked = conversation.pick(words.get("interview.summary.title"), entries, changed);
            if (picked == Conversation.END_OF_INPUT) {
                return conversation.fromScript() ? Optional.empty() : Optional.of(Ending.INPUT_ENDED);
            }
            if (picked == Conversation.QUIT) {
                return Optional.of(Ending.QUIT);
            }
            if (picked < 0) {
                return Optional.empty();
            }
            changed = picked;
            Optional<Ending> stopped = askFrom(picked, picked + 1);
            if (stopped.isPresent()) {
                return stopped;
            }
        }
    }

    /** The answer first: on a narrow screen the end of a long question is cut off. */
    private String summaryEntry(Question question) {
        String answer =
                response(question).map(Response::label).orElseGet(() -> words.get("interview.summary.no-answer"));
        String entry = note(question).isBlank() ? "interview.summary.entry" : "interview.summary.entry-with-note";
        return words.get(entry, answer, question.text());
    }

    private Ending askReflections() {
        for (ReflectionPrompt prompt : questionnaire.reflections()) {
            Optional<String> text = conversation.askText(prompt.prompt(), reflections.getOrDefault(prompt.id(), ""));
            while (text.isPresent() && !keepable(text.get().strip(), "interview.refused.answer-too-long")) {
                text = conversation.askText(prompt.prompt(), reflections.getOrDefault(prompt.id(), ""));
            }
            if (text.isEmpty()) {
                return conversation.fromScript() ? Ending.FINISHED : Ending.INPUT_ENDED;
            }
            if (!text.get().isBlank()) {
                String before = reflections.put(prompt.id(), text.get().strip());
                if (!saveIfReadable()) {
                    undo(reflections, prompt.id(), before);
                }
            }
        }
        return Ending.FINISHED;
    }
}
