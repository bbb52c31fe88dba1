package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every coprod command in the README's code blocks runs as written (issue 15, point 6), the way a user would type it
 * in a clone: each block in its own fresh folder holding copies of examples/ and questionnaires/, its commands in
 * order so that a later one finds what an earlier one wrote. Commands on the reader's own files (the README says
 * "your own" or "yours" beside them) or that ask questions in a terminal are skipped, and each skip says why.
 */
class ReadmeCommandsTest {
    private static final Path README = Path.of("README.md");
    private static final List<String> COPIED = List.of("examples", "questionnaires");
    private static final Pattern COMMAND = Pattern.compile("^(?:\\$ )?(?:\\./|~/[\\w.-]+/)?coprod(?:\\s|$)");
    private static final Pattern READERS_OWN = Pattern.compile("#.*\\b(your own|yours)\\b.*");
    private static final Pattern FILE_LIKE = Pattern.compile(".*(/|\\.[a-z]{2,4}$).*");

    /** One coprod command of the README: where it is, what it says, and its words as a shell splits them. */
    record Command(int line, String text, List<String> words) {}

    @Test
    void every_coprod_command_in_the_readme_runs_as_written(@TempDir Path dir) throws IOException {
        int ran = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        List<List<Command>> blocks = blocks(Files.readAllLines(README));
        for (int b = 0; b < blocks.size(); b++) {
            Path folder = freshFolder(dir.resolve("block-" + b));
            for (Command command : blocks.get(b)) {
                Optional<String> skip = whySkipped(command);
                if (skip.isPresent()) {
                    System.err.println(
                            "SKIPPED README.md:" + command.line() + " `" + command.text() + "`: " + skip.get());
                    skipped++;
                    continue;
                }
                ran++;
                failures.addAll(failureOf(command, folder).stream().toList());
            }
        }
        System.err.println("README commands: " + ran + " run, " + skipped + " skipped");
        assertThat(failures).as("README commands that do not run as written").isEmpty();
        assertThat(ran).as("README commands run").isPositive();
    }

    /** The coprod commands of each code block, in order, their continuation lines joined. */
    static List<List<Command>> blocks(List<String> readme) {
        List<List<Command>> blocks = new ArrayList<>();
        List<Command> block = null;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i).strip();
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new ArrayList<>();
                } else {
                    blocks.add(block);
                    block = null;
                }
            } else if (block != null && COMMAND.matcher(line).find()) {
                int first = i;
                StringBuilder text = new StringBuilder(line.replaceFirst("^\\$ ", ""));
                while (text.toString().endsWith("\\") && i + 1 < readme.size()) {
                    text.setLength(text.length() - 1);
                    text.append(' ').append(readme.get(++i).strip());
                }
                block.add(new Command(first + 1, text.toString(), ShellWords.split(text.toString())));
            }
        }
        return blocks;
    }

    private static Optional<String> whySkipped(Command command) {
        List<String> words = command.words();
        java.util.regex.Matcher readersOwn = READERS_OWN.matcher(command.text());
        if (readersOwn.find()) {
            return Optional.of("it works on the reader's own file, as the README says: \""
                    + readersOwn.group().substring(1).strip() + "\"");
        }
        if (words.get(0).startsWith("~/")) {
            return Optional.of("it runs the unpacked release archive's launcher (ReleaseArchiveIT checks that)");
        }
        if (words.size() > 1 && words.get(1).equals("assess") && !words.contains("<")) {
            return Optional.of("assess asks its questions in a terminal, and this command gives it no answers");
        }
        if (words.stream().anyMatch(word -> List.of("|", "&&", ";").contains(word))) {
            return Optional.of("it needs a shell (a pipe or a list of commands) to run as written");
        }
        return Optional.empty();
    }

    /** Runs one command in the folder; says how it failed, if it did. */
    private static Optional<String> failureOf(Command command, Path folder) throws IOException {
        List<String> words =
                new ArrayList<>(command.words().subList(1, command.words().size()));
        Optional<Path> stdin = redirected(words, "<", folder);
        Optional<Path> stdout = redirected(words, ">", folder);
        if (stdin.isPresent() && !Files.exists(stdin.get())) {
            return Optional.of("README.md:" + command.line() + " `" + command.text() + "` reads " + stdin.get()
                    + ", which is not there and not marked as the reader's own");
        }
        CliTest.Run run;
        try (InputStream in =
                stdin.isPresent() ? Files.newInputStream(stdin.get()) : new ByteArrayInputStream(new byte[0])) {
            run = CliTest.run(in, Map.of(), inFolder(words, folder).toArray(String[]::new));
        }
        if (stdout.isPresent()) {
            Files.writeString(stdout.get(), run.out());
        }
        if (run.code() == 0) {
            return Optional.empty();
        }
        return Optional.of("README.md:" + command.line() + " `" + command.text() + "` exited " + run.code() + ": "
                + run.err().strip());
    }

    /** Takes a redirection ({@code < file} or {@code > file}) out of the words; the file it names, in the folder. */
    private static Optional<Path> redirected(List<String> words, String operator, Path folder) {
        int at = words.indexOf(operator);
        if (at < 0) {
            return Optional.empty();
        }
        Path file = folder.resolve(words.get(at + 1));
        words.subList(at, at + 2).clear();
        return Optional.of(file);
    }

    /** The words with each file named (relative to where the reader is) found in the folder, globs expanded there. */
    private static List<String> inFolder(List<String> words, Path folder) throws IOException {
        List<String> resolved = new ArrayList<>();
        for (String word : words) {
            if (word.startsWith("-") || !FILE_LIKE.matcher(word).matches()) {
                resolved.add(word);
            } else if (word.contains("*")) {
                resolved.addAll(CliTest.globbed(folder.resolve(word)));
            } else {
                resolved.add(folder.resolve(word).toString());
            }
        }
        return resolved;
    }

    private static Path freshFolder(Path folder) throws IOException {
        for (String copied : COPIED) {
            Path from = Path.of(copied);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path to =
                            folder.resolve(copied).resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
        }
        return folder;
    }

    @Test
    void a_broken_command_fails_naming_its_readme_line(@TempDir Path dir) throws IOException {
        List<String> readme = List.of("text", "```sh", "./coprod report examples/no-such-answers.yaml", "```");
        Command command = blocks(readme).get(0).get(0);
        assertThat(failureOf(command, freshFolder(dir.resolve("block"))))
                .hasValueSatisfying(failure -> assertThat(failure)
                        .startsWith("README.md:3 `./coprod report examples/no-such-answers.yaml` exited "));
    }

    @Test
    void input_from_a_file_the_readme_does_not_mark_as_the_readers_own_must_be_there(@TempDir Path dir)
            throws IOException {
        List<String> readme = List.of("```sh", "./coprod assess --service X < answers.txt   # a sample", "```");
        Command command = blocks(readme).get(0).get(0);
        assertThat(whySkipped(command)).isEmpty();
        assertThat(failureOf(command, freshFolder(dir.resolve("block"))))
                .hasValueSatisfying(failure -> assertThat(failure).contains("answers.txt, which is not there"));
    }

    @Test
    void commands_are_found_in_any_code_block_with_prompts_and_continuations_joined() {
        List<String> readme = List.of(
                "```",
                "$ coprod list",
                "coprod: not a command",
                "```",
                "```sh",
                "./coprod show \\",
                "  x   # y",
                "```");
        assertThat(blocks(readme))
                .extracting(block -> block.stream().map(Command::line).toList())
                .containsExactly(List.of(2), List.of(6));
        assertThat(blocks(readme).get(1).get(0).words()).containsExactly("./coprod", "show", "x");
    }

    @Test
    void commands_are_split_as_a_shell_splits_them() {
        String line = "./coprod score \"a b\" 'c \"d\"' e\\ f --x=\"y\"z > out.csv   # a comment";
        assertThat(ShellWords.split(line))
                .containsExactly("./coprod", "score", "a b", "c \"d\"", "e f", "--x=yz", ">", "out.csv");
        assertThat(ShellWords.split("coprod a|b && c <in"))
                .containsExactly("coprod", "a", "|", "b", "&&", "c", "<", "in");
    }

    /** A POSIX shell's splitting of a simple command line: quotes, backslashes, comments and operators; no variables. */
    static final class ShellWords {
        private ShellWords() {}

        static List<String> split(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '#' && word == null) {
                    break;
                } else if (Character.isWhitespace(c)) {
                    word = flush(words, word);
                } else if ("|&;<>".indexOf(c) >= 0) {
                    word = flush(words, word);
                    boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == c && c != '<' && c != ';';
                    words.add(doubled ? "" + c + c : "" + c);
                    i += doubled ? 1 : 0;
                } else {
                    word = word == null ? new StringBuilder() : word;
                    i = readPart(line, i, word);
                }
            }
            flush(words, word);
            return words;
        }

        /** Reads one quoted part, escaped character or plain character at i into word; returns where it ended. */
        private static int readPart(String line, int i, StringBuilder word) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                return i + 1;
            }
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                word.append(line, i + 1, end);
                return end;
            }
            if (c == '"') {
                int j = i + 1;
                for (; line.charAt(j) != '"'; j++) {
                    boolean escape = line.charAt(j) == '\\' && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0;
                    j += escape ? 1 : 0;
                    word.append(line.charAt(j));
                }
                return j;
            }
            word.append(c);
            return i;
        }

        private static StringBuilder flush(List<String> words, StringBuilder word) {
            if (word != null) {
                words.add(word.toString());
            }
            return null;
        }
    }
}
