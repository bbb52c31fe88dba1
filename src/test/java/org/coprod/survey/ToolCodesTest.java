package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each tool's codes for the places of a scale (see {@link ToolCodes}). */
class ToolCodesTest {
    @Test
    void limesurvey_codes_old_and_new() {
        assertThat(ToolCodes.place(Preset.LIMESURVEY, "A1")).hasValue(1);
        assertThat(ToolCodes.place(Preset.LIMESURVEY, " a7 ")).hasValue(7);
        assertThat(ToolCodes.place(Preset.LIMESURVEY, "AO01")).hasValue(1);
        assertThat(ToolCodes.place(Preset.LIMESURVEY, "AO12")).hasValue(12);
        assertThat(ToolCodes.place(Preset.LIMESURVEY, "A")).isEmpty();
        assertThat(ToolCodes.place(Preset.LIMESURVEY, "SQ001")).isEmpty();
        assertThat(ToolCodes.place(Preset.LIMESURVEY, "A0")).isEmpty();
    }

    @Test
    void qualtrics_numbers_and_no_codes_for_tools_that_write_labels() {
        assertThat(ToolCodes.place(Preset.QUALTRICS, "6")).hasValue(6);
        assertThat(ToolCodes.place(Preset.QUALTRICS, "0")).isEmpty();
        assertThat(ToolCodes.place(Preset.QUALTRICS, "-99")).isEmpty();
        assertThat(ToolCodes.place(Preset.QUALTRICS, "A1")).isEmpty();
        assertThat(ToolCodes.place(Preset.GOOGLE_FORMS, "6")).isEqualTo(OptionalInt.empty());
        assertThat(ToolCodes.place(Preset.GENERIC, "AO01")).isEmpty();
    }
}
