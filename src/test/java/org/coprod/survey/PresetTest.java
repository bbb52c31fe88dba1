package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names and grid statements of a column, as each tool heads it. */
class PresetTest {
    @Test
    void a_limesurvey_code_and_text_heading_goes_by_its_code_its_text_and_its_subquestion() {
        List<String[]> header = List.<String[]>of(new String[] {"G02Q03[SQ001]. How often? [Staff listen to me]"});
        List<String> names = Preset.LIMESURVEY.namesOf(0, header);
        assertThat(names)
                .containsExactly(
                        "G02Q03[SQ001]. How often? [Staff listen to me]",
                        "G02Q03[SQ001]",
                        "How often? [Staff listen to me]");
        assertThat(Preset.LIMESURVEY.statementsOf(names)).containsExactly("Staff listen to me");
    }

    @Test
    void a_qualtrics_matrix_column_goes_by_its_text_short_name_and_import_id_and_each_part_after_a_dash() {
        List<String[]> header =
                List.of(new String[] {"Q3_1"}, new String[] {"Views - Often - Staff listen to me"}, new String[] {
                    "{\"ImportId\":\"QID3_1\"}"
                });
        List<String> names = Preset.QUALTRICS.namesOf(0, header);
        assertThat(names).containsExactly("Views - Often - Staff listen to me", "Q3_1", "QID3_1");
        assertThat(Preset.QUALTRICS.statementsOf(names))
                .containsExactly("Often - Staff listen to me", "Staff listen to me");
    }

    @Test
    void limesurvey_is_told_by_its_headings_as_codes_as_text_or_both() {
        for (String[] header : List.of(
                new String[] {"id", "submitdate", "lastpage"},
                new String[] {"Response ID", "Date submitted", "Last page"},
                new String[] {"id. Response ID", "submitdate. Date submitted", "lastpage. Last page"})) {
            assertThat(Preset.detect(List.<String[]>of(header))).isEqualTo(Preset.LIMESURVEY);
        }
    }
}
