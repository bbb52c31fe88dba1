package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * The help of coprod and of every command, and the man page, word for word: their texts come from the word files, and
 * this proves that the English ones say exactly what they said. Run with -Dcoprod.help.record=true to record them anew
 * after a deliberate change.
 */
class HelpGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/coprod/cli/help");

    @Test
    void every_help_is_as_recorded() throws IOException {
        for (String command : CliTest.HELPS) {
            String help = command.isEmpty()
                    ? CliTest.run("--help").out()
                    : CliTest.run(command, "--help").out();
            check((command.isEmpty() ? "coprod" : command) + ".txt", help);
        }
    }

    /** The help's words are in a file, which cannot name the constant: this keeps them in step. */
    @Test
    void the_help_names_the_default_questionnaire() {
        for (String command : new String[] {"assess", "score", "show", "template"}) {
            assertThat(CliTest.run(command, "--help").out())
                    .as(command)
                    .contains("Default: " + Catalogue.DEFAULT + ".");
        }
    }

    @Test
    void the_man_page_is_as_recorded() throws IOException {
        String page = Documentation.manPage(Documentation.commandLine());
        check("coprod.1", page.substring(page.indexOf('\n') + 1)); // its first line holds the version
    }

    private static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("coprod.help.record")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
