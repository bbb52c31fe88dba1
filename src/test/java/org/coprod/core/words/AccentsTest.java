package org.coprod.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.TestFiles;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.io.yaml.QuestionnaireReader;
import org.coprod.survey.ColumnMapping;
import org.junit.jupiter.api.Test;

class AccentsTest {
    @Test
    void circumflexes_diaereses_and_acute_and_grave_accents_come_off_their_letters() {
        assertThat(Accents.fold("Gŵyl Ŷd â ê î ô û ë ï é è Cytûn")).isEqualTo("Gwyl Yd a e i o u e i e e Cytun");
        // a circumflex typed as a letter and a combining mark (as some keyboards and Macs write it) folds alike
        assertThat(Accents.fold("gw\u0302yl")).isEqualTo("gwyl");
    }

    @Test
    void text_without_accents_is_the_same_string_and_other_scripts_are_kept() {
        String plain = "Often";
        assertThat(Accents.fold(plain)).isSameAs(plain);
        assertThat(Accents.fold("한국어 ‘quoted’")).isEqualTo("한국어 ‘quoted’");
    }

    @Test
    void an_answer_typed_without_accents_finds_its_accented_label_and_the_other_way_round() {
        Questionnaire welsh = QuestionnaireReader.parse(
                "tiny.yaml",
                TestFiles.resource("questionnaires/tiny.yaml")
                        .replace("label: Always", "label: Cytûn")
                        .replace("label: \"Don't know\"", "label: \"Dim yn gwybod\""),
                Words.english());
        AnswerSet five = welsh.answerSets().get("five");

        assertThat(five.match("cytun").map(Response::label)).contains("Cytûn");
        assertThat(five.match("CYTÛN").map(Response::label)).contains("Cytûn");
        assertThat(five.match("Dîm yn gŵybod").map(Response::label)).contains("Dim yn gwybod");
    }

    @Test
    void export_headings_match_with_or_without_accents() {
        assertThat(ColumnMapping.normalise("Ydy’r gwasanaeth yn gofyn am sgiliau pôbl?"))
                .isEqualTo(ColumnMapping.normalise("Ydy'r gwasanaeth yn gofyn am sgiliau pobl"));
    }
}
