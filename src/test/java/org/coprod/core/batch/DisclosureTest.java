package org.coprod.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.Test;

/** Which groups may be shown, with at least 5 respondents a group: worked out by hand for each case. */
class DisclosureTest {
    private final Questionnaire q =
            QuestionnaireReader.parse("tiny.yaml", TestFiles.resource("questionnaires/tiny.yaml"), Words.english());

    private void add(BatchScoring batch, String service, String role, int respondents) {
        int n = q.questions().size();
        for (int i = 0; i < respondents; i++) {
            batch.add(
                    service,
                    role,
                    new byte[n],
                    new double[n],
                    new double[q.sections().size()],
                    new double[q.dimensions().size()]);
        }
    }

    @Test
    void a_role_is_hidden_when_showing_it_would_leave_a_smaller_group_to_be_worked_out() {
        BatchScoring batch = new BatchScoring(q);
        add(batch, "A", "Staff", 6);
        add(batch, "A", "People", 6); // both roles large, nothing left over: all shown
        add(batch, "B", "Staff", 8);
        add(batch, "B", "People", 3); // people too few; staff shown would give away the 3 as B minus staff: hidden
        add(batch, "C", "Staff", 4); // the service itself is too small
        Disclosure disclosure = new Disclosure(batch, 5);
        assertThat(disclosure.shown(batch.services().get("A"))).isTrue();
        assertThat(disclosure.shown(batch.rolesIn("A").get("Staff"))).isTrue();
        assertThat(disclosure.shown(batch.rolesIn("A").get("People"))).isTrue();
        assertThat(disclosure.shown(batch.services().get("B"))).isTrue();
        assertThat(disclosure.shown(batch.rolesIn("B").get("Staff"))).isFalse();
        assertThat(disclosure.shown(batch.rolesIn("B").get("People"))).isFalse();
        assertThat(disclosure.shown(batch.services().get("C"))).isFalse();
        // everyone (12 + 11 + 4 = 27) would give away C's 4 as everyone minus A and B: hidden
        assertThat(disclosure.shown(batch.everyone())).isFalse();
    }
}
