package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class DocumentationTest {
    @TempDir
    static Path folder;

    static String manPage;
    static Path completion;

    @BeforeAll
    static void generate() throws IOException {
        Documentation.main(new String[] {folder.toString()});
        manPage = Files.readString(folder.resolve(Documentation.MAN_PAGE));
        completion = folder.resolve(Documentation.COMPLETION);
    }

    @Test
    void the_man_page_has_every_command_and_every_option() {
        CommandLine commandLine = Documentation.commandLine();
        assertThat(manPage).startsWith(".TH COPROD 1").contains("coprod 0.1.0");
        for (CommandLine command : commandLine.getSubcommands().values()) {
            assertThat(manPage).contains(".SS coprod " + Documentation.escape(command.getCommandName()));
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertThat(manPage)
                        .as(command.getCommandName())
                        .contains("\\fB" + Documentation.escape(option.longestName()) + "\\fR");
            }
        }
        assertThat(manPage)
                .contains("COPROD_JAVA_OPTS")
                .contains("COPROD_CHARSET")
                .contains("Exit codes: 0 ok");
    }

    @Test
    void the_man_page_is_plain_troff_that_nothing_misreads() {
        assertThat(manPage.chars()).allSatisfy(c -> assertThat(c).isLessThan(127));
        List<String> requests = manPage.lines()
                .filter(line -> line.startsWith(".") || line.startsWith("'"))
                .toList();
        assertThat(requests).allSatisfy(line -> assertThat(line).matches("\\.(TH|SH|SS|PP|TP|nf|fi|nh|ad|B)( .*)?"));
    }

    @Test
    void text_is_escaped_for_troff() {
        assertThat(Documentation.escape("--width")).isEqualTo("\\-\\-width");
        assertThat(Documentation.escape("a\\b")).isEqualTo("a\\eb");
        assertThat(Documentation.escape(".hidden\n'quoted")).isEqualTo("\\&.hidden\n\\&'quoted");
        assertThat(Documentation.escape("Café ↑ 😀")).isEqualTo("Caf\\[u00E9] \\[u2191] \\[u1F600]");
    }

    @Test
    void groff_reads_the_man_page_without_a_warning() throws Exception {
        assumeThat(Programs.onPath("groff")).as("groff is installed").isPresent();
        Process groff = new ProcessBuilder(
                        "groff",
                        "-man",
                        "-Tutf8",
                        "-ww",
                        folder.resolve(Documentation.MAN_PAGE).toString())
                .redirectError(folder.resolve("groff-warnings.txt").toFile())
                .start();
        String rendered = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(groff.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(groff.exitValue()).isZero();
        assertThat(Files.readString(folder.resolve("groff-warnings.txt"))).isEmpty();
        assertThat(rendered.replaceAll(".\b", "")).contains("coprod score").contains("--min-group-size");
    }

    @Test
    void bash_completes_commands_options_and_values() throws Exception {
        assumeThat(Programs.onPath("bash")).as("bash is installed").isPresent();
        assertThat(complete("coprod", "sc")).containsExactly("score");
        assertThat(complete("coprod", ""))
                .contains("assess", "report", "score", "compare", "template", "list", "show", "validate");
        assertThat(complete("coprod", "score", "--min")).containsExactly("--min-group-size");
        assertThat(complete("coprod", "report", "--format", ""))
                .containsExactlyInAnyOrder("text", "markdown", "html", "json", "csv");
    }

    /** What the completion script offers for the last word, as bash would when Tab is pressed. */
    private static List<String> complete(String... words) throws Exception {
        String line = String.join(" ", words);
        String script =
                "source \"$1\" 2>/dev/null; COMP_WORDS=(\"${@:2}\"); COMP_CWORD=$(( $# - 2 )); COMP_LINE='" + line
                        + "'; COMP_POINT=${#COMP_LINE}; _complete_coprod 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c", script, "bash", completion.toString()));
        command.addAll(List.of(words));
        Process bash = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(s -> !s.isEmpty()).toList();
    }
}
