package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {
    @Test
    void every_command_of_the_training_run_succeeds_on_the_examples() throws Exception {
        assertThat(StartupTraining.train(Path.of("examples"))).isEmpty();
    }

    @Test
    void a_failing_command_is_reported() throws Exception {
        assertThat(StartupTraining.train(Path.of("no-such-folder")))
                .isNotEmpty()
                .anySatisfy(failure -> assertThat(failure)
                        .startsWith("coprod validate no-such-folder")
                        .contains("exit code 4"));
    }
}
