package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandsForTest {
    @Test
    void a_named_command_is_the_only_one_picocli_reads() {
        assertThat(CoprodCommand.commandsFor("score", "survey.csv", "--format", "json"))
                .containsExactly(ScoreCommand.class);
        assertThat(CoprodCommand.commandsFor("--stacktrace", "list")).containsExactly(ListCommand.class);
    }

    @Test
    void without_a_known_command_name_all_are_read() {
        assertThat(CoprodCommand.commandsFor()).isEqualTo(CoprodCommand.COMMANDS);
        assertThat(CoprodCommand.commandsFor("--help")).isEqualTo(CoprodCommand.COMMANDS);
        assertThat(CoprodCommand.commandsFor("scor", "survey.csv")).isEqualTo(CoprodCommand.COMMANDS);
    }

    @Test
    void the_command_runs_and_a_misspelt_one_still_gets_a_suggestion() {
        assertThat(CliTest.run("--stacktrace", "list").code()).isZero();
        CliTest.Run misspelt = CliTest.run("scor", "survey.csv");
        assertThat(misspelt.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(misspelt.err()).contains("Did you mean 'score'").contains("The commands are: assess, report, score");
    }
}
