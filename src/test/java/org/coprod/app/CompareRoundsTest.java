package org.coprod.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coprod.io.InvalidInputException;
import org.coprod.report.Style;
import org.junit.jupiter.api.Test;

class CompareRoundsTest {
    private static final Path EARLIER = Path.of("examples/riverside-recovery-college-answers-2025.yaml");
    private static final Path LATER = Path.of("examples/riverside-recovery-college-answers.yaml");
    private static final Path OTHER_SERVICE = Path.of("examples/northgate-tenants-panel-answers.yaml");
    private final CompareRounds useCase = new CompareRounds(new Context("./coprod", Optional.empty()));

    @Test
    void two_rounds_of_one_service_are_compared_with_only_the_warnings_of_their_files() {
        List<String> warnings = new ArrayList<>();
        CompareRounds.Result result = useCase.compare(EARLIER, LATER, Optional.empty(), warnings::add);
        // the earlier round was answered to an older version of the questionnaire
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith(EARLIER + ": these answers were given to version 1.0");
        assertThat(result.inputs()).containsExactly(EARLIER, LATER);
        assertThat(ReportFormat.MARKDOWN.render(result.report(), Style.plain(80)))
                .contains("Riverside Recovery College");
    }

    @Test
    void rounds_of_different_services_are_compared_with_a_warning_naming_both() {
        List<String> warnings = new ArrayList<>();
        useCase.compare(EARLIER, OTHER_SERVICE, Optional.empty(), warnings::add);
        assertThat(warnings)
                .last()
                .asString()
                .startsWith("the two rounds are of different services")
                .contains("'Riverside Recovery College' in " + EARLIER)
                .contains(OTHER_SERVICE.toString());
    }

    @Test
    void a_survey_export_is_refused_with_the_command_that_scores_it_first() {
        Path export = Path.of("examples/exports/google-forms.csv");
        assertThatThrownBy(() -> useCase.compare(export, LATER, Optional.empty(), w -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'./coprod score " + export + " -o google-forms-results.json'");
    }
}
