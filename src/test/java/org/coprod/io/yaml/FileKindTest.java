package org.coprod.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;

class FileKindTest {
    @Test
    void every_kind_given_where_another_belongs_is_named_with_what_to_do_instead() {
        for (FileKind found : FileKind.values()) {
            for (FileKind wanted : FileKind.values()) {
                if (found != FileKind.UNKNOWN && wanted != FileKind.UNKNOWN && found != wanted) {
                    String message = FileKind.wrongKind("x.yaml", found, wanted, Words.english())
                            .message();
                    assertThat(message)
                            .as(found + " for " + wanted)
                            .startsWith("this ")
                            .endsWith(".")
                            .doesNotContain("{");
                }
            }
        }
    }

    @Test
    void a_report_given_for_a_questionnaire_says_what_to_give_instead() {
        assertThat(FileKind.wrongKind("r.json", FileKind.REPORT, FileKind.QUESTIONNAIRE, Words.english())
                        .toString())
                .isEqualTo(
                        "r.json: this is a report written by coprod, not a questionnaire. Give a built-in questionnaire's id"
                                + " (see 'coprod list') or a questionnaire file.");
    }
}
