package org.coprod.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.report.Style;
import org.junit.jupiter.api.Test;

class ReportAnswersTest {
    private static final Path RIVERSIDE = Path.of("examples/riverside-recovery-college-answers.yaml");
    private final ReportAnswers useCase = new ReportAnswers(new Context("coprod", Optional.empty()));

    @Test
    void the_report_of_an_answers_file_names_its_service_and_the_file_as_an_input() {
        ReportAnswers.Result result = useCase.report(RIVERSIDE, Optional.empty());
        assertThat(ReportFormat.MARKDOWN.render(result.report(), Style.plain(80)))
                .contains("Riverside Recovery College");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.inputs()).containsExactly(RIVERSIDE);
    }

    @Test
    void a_questionnaire_given_as_a_file_is_an_input_too() {
        Path questionnaire = Path.of("questionnaires/six-principles.yaml");
        ReportAnswers.Result result = useCase.report(
                Path.of("examples/northgate-tenants-panel-answers.yaml"), Optional.of(questionnaire.toString()));
        assertThat(result.inputs())
                .containsExactly(Path.of("examples/northgate-tenants-panel-answers.yaml"), questionnaire);
    }
}
