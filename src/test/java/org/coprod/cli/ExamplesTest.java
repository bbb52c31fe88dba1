package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coprod.app.ReportFormat;
import org.junit.jupiter.api.Test;

/** The reports kept in examples/ are exactly what coprod produces for the answers and exports beside them. */
class ExamplesTest {
    static final String BATCH_EXPORT = "examples/exports/google-forms.csv";
    static final String BATCH_REPORT = "examples/exports/google-forms-results";

    @Test
    void example_reports_are_up_to_date() throws Exception {
        for (String name : new String[] {"northgate-tenants-panel", "riverside-recovery-college"}) {
            String answers = "examples/" + name + "-answers.yaml";
            for (String format : new String[] {"txt", "md", "html", "json", "csv"}) {
                checkUpToDate("examples/" + name + "-report." + format, "report", answers);
            }
        }
        String welsh = "examples/banc-amser-cwm-gwendraeth";
        for (String format : new String[] {"txt", "md", "html", "json"}) {
            checkUpToDate(welsh + "-report." + format, "report", welsh + "-answers.yaml");
        }
        for (String format : new String[] {"md", "html"}) {
            checkUpToDate(welsh + "-report-cy-en." + format, "report", welsh + "-answers.yaml", "--language", "cy,en");
        }
        for (String format : new String[] {"md", "html", "json", "csv"}) {
            checkUpToDate(BATCH_REPORT + "." + format, "score", BATCH_EXPORT);
        }
        for (String format : new String[] {"md", "html"}) {
            checkUpToDate(
                    "examples/riverside-recovery-college-change." + format,
                    "compare",
                    "examples/riverside-recovery-college-answers-2025.yaml",
                    "examples/riverside-recovery-college-answers.yaml");
        }
    }

    /** The example file matches what the command writes for it, given the format its name implies. */
    private static void checkUpToDate(String example, String command, String... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(inputs));
        args.addAll(List.of(
                "--width",
                "80",
                "--format",
                ReportFormat.forFile(Path.of(example)).orElseThrow().name().toLowerCase(java.util.Locale.ROOT)));
        assertThat(CliTest.run(args.toArray(String[]::new)).out())
                .as(
                        "%s; regenerate with: ./coprod %s %s --width 80 -o %s",
                        example, command, String.join(" ", inputs), example)
                .isEqualTo(Files.readString(Path.of(example)));
    }
}
