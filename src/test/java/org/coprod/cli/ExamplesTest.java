package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reports kept in examples/ are exactly what coprod produces for the answers beside them. */
class ExamplesTest {
    @Test
    void example_reports_are_up_to_date() throws Exception {
        for (String name : new String[] {"northgate-tenants-panel", "riverside-recovery-college"}) {
            String answers = "examples/" + name + "-answers.yaml";
            assertThat(CliTest.run("report", answers, "--width", "80").out())
                    .as("examples/%s-report.txt; regenerate with: ./coprod report %s --width 80 -o examples/%s-report.txt", name, answers, name)
                    .isEqualTo(Files.readString(Path.of("examples/" + name + "-report.txt")));
            assertThat(CliTest.run("report", answers, "--format", "markdown").out())
                    .as("examples/%s-report.md", name)
                    .isEqualTo(Files.readString(Path.of("examples/" + name + "-report.md")));
        }
    }
}
