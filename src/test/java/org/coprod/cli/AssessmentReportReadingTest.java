package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 15: the report of one assessment as a reader in a meeting sees it. */
class AssessmentReportReadingTest {
    /** Every question id of both versions of the questionnaire the examples answer. */
    private static final List<String> QUESTION_IDS = java.util.stream.Stream.of("1.0", "2.0")
            .flatMap(v -> org.coprod.io.yaml.Catalogue.builtIn("six-principles", v).orElseThrow().questions().stream())
            .map(org.coprod.core.model.Question::id)
            .toList();

    private static String report(String answers, String format) {
        CliTest.Run run = CliTest.run("report", answers, "--width", "120", "--format", format);
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void questions_are_named_by_number_and_text_never_by_id() {
        for (String answers : List.of(
                CliTest.NORTHGATE, CliTest.RIVERSIDE, "examples/riverside-recovery-college-answers-2025.yaml")) {
            for (String format : List.of("text", "markdown", "html")) {
                String report = report(answers, format);
                String shown = report.replaceAll("(?s)<style>.*</style>", "");
                List<String> ids = QUESTION_IDS.stream().filter(shown::contains).toList();
                assertThat(ids).as(answers + " " + format).isEmpty();
            }
        }
        assertThat(report(CliTest.NORTHGATE, "text").replace('\u00A0', ' ').replaceAll("\\s+", " "))
                .contains("Say in decisions is the highest score among these questions: question 27, “Did anything");
    }

    @Test
    void what_to_do_first_is_the_action_plan_s_first_three_steps_and_ties_are_named() {
        String report = report(CliTest.NORTHGATE, "markdown");
        String first = report.substring(report.indexOf("## What to do first"), report.indexOf("## The principles"));
        List<String> steps = Pattern.compile("(?m)^\\d\\. (.*) \\(")
                .matcher(first)
                .results()
                .map(m -> m.group(1))
                .toList();
        List<String> plan = Pattern.compile("(?m)^\\| \\d+ \\| ([^|]*) \\|")
                .matcher(report.substring(report.indexOf("## Action plan")))
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(steps).hasSize(3).isEqualTo(plan.subList(0, 3));
        String tie = "**Equal scores:** Building on capacity and Blurring roles score the same (25), so the plan takes"
                + " them in the questionnaire's order.";
        assertThat(first).contains(tie);
        assertThat(report.substring(report.indexOf("## Action plan"))).contains(tie);
        assertThat(report).contains("Principles with the same score (to one decimal place) are taken in the");
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void principles_tied_for_weakest_are_all_shown_and_named() throws Exception {
        // Building on capacity: Disagree 25, Rarely 25, Rarely 25, Never 0 = 18.75, as Agencies as catalysts
        java.nio.file.Path answers = java.nio.file.Files.writeString(
                dir.resolve("tied.yaml"),
                java.nio.file.Files.readString(java.nio.file.Path.of(CliTest.NORTHGATE))
                        .replace("capacity-learning-offered: Sometimes", "capacity-learning-offered: Rarely"));
        String report = report(answers.toString(), "markdown");
        assertThat(report)
                .contains("## Weakest principles: Building on capacity and Agencies as catalysts (18.8, Not there yet)")
                .contains("### Building on capacity\n\n**What good looks like:**")
                .contains("### Agencies as catalysts\n\n**What good looks like:**")
                .contains(
                        "**Equal scores:** Building on capacity and Agencies as catalysts score the same (18.8), so the"
                                + " plan takes them in the questionnaire's order.");
        String first = report.substring(report.indexOf("## What to do first"), report.indexOf("## The principles"));
        assertThat(first.indexOf("(Building on capacity, 18.8)"))
                .isLessThan(first.indexOf("(Agencies as catalysts, 18.8)"));
    }
}
