package org.coprod.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coprod.io.InvalidInputException;
import org.coprod.report.Report;
import org.coprod.report.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreExportsTest {
    private static final Path EXPORT = Path.of("examples/exports/google-forms.csv");
    private final ScoreExports useCase = new ScoreExports(new Context("coprod", Optional.empty()));

    /** Remembers what the scoring told, in order. */
    private static final class Heard implements ScoreExports.Listener {
        final List<String> events = new ArrayList<>();
        Report report;

        @Override
        public void update(String file, long rowsSoFar, double fractionOfFile) {
            if (events.isEmpty() || !events.get(events.size() - 1).equals("progress")) {
                events.add("progress");
            }
        }

        @Override
        public void allRead() {
            events.add("all read");
        }

        @Override
        public void warning(String warning) {
            events.add("warning: " + warning);
        }

        @Override
        public void publish(Report report, List<Path> inputs) {
            events.add("publish " + inputs);
            this.report = report;
        }
    }

    private static ScoreExports.Request request(List<Path> files, Optional<Path> perRespondent) {
        return new ScoreExports.Request(
                files,
                Optional.empty(),
                Optional.of("Which service are you answering about?"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                perRespondent,
                1,
                15,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                List.of(),
                List.of(),
                Optional.empty());
    }

    @Test
    void an_export_answered_to_an_older_version_is_scored_with_it_and_the_report_says_so(@TempDir Path dir)
            throws IOException {
        Path rows = dir.resolve("rows.csv");
        Heard heard = new Heard();
        ScoreExports.Result result = useCase.score(request(List.of(EXPORT), Optional.of(rows)), heard);
        assertThat(heard.events).endsWith("all read", "publish [" + EXPORT + "]");
        assertThat(result.report()).isSameAs(heard.report);
        assertThat(ReportFormat.MARKDOWN.render(result.report(), Style.plain(80)))
                .contains("A newer version");
        assertThat(result.perRespondent()).contains(rows);
        assertThat(Files.readAllLines(rows)).hasSizeGreaterThan(1);
    }

    @Test
    void a_file_given_twice_is_refused_before_anything_is_read() {
        assertThatThrownBy(() -> useCase.score(request(List.of(EXPORT, EXPORT), Optional.empty()), new Heard()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("is given twice")
                .extracting(e -> ((UserError) e).kind())
                .isEqualTo(UserError.Kind.USAGE);
    }

    @Test
    void results_of_an_earlier_scoring_are_refused_with_the_command_that_compares_them() {
        Path json = Path.of("examples/exports/google-forms-results.json");
        assertThatThrownBy(() -> useCase.score(request(List.of(json), Optional.empty()), new Heard()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("coprod compare BEFORE.json AFTER.json");
    }
}
