package org.coprod.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.Translation;
import org.junit.jupiter.api.Test;

/**
 * Translation.sameShape decides whether figures scored with one questionnaire may be reported in another's words
 * (score --language): a built-in questionnaire and its translation have one shape; another questionnaire, or the
 * same one with its sections in another order, has not.
 */
class TranslationShapeTest {
    private static final Questionnaire ENGLISH =
            Catalogue.builtIn(Catalogue.DEFAULT).orElseThrow();
    private static final Questionnaire WELSH = Catalogue.inLanguage(ENGLISH, "cy");

    @Test
    void a_built_in_questionnaire_and_its_welsh_translation_have_one_shape() {
        assertThat(WELSH.language()).isEqualTo("cy");
        assertThat(Translation.sameShape(ENGLISH, WELSH)).isTrue();
        assertThat(Translation.sameShape(WELSH, ENGLISH)).isTrue();
    }

    @Test
    void another_questionnaire_or_the_same_sections_in_another_order_is_not_a_translation() {
        Questionnaire other = Catalogue.builtIn("cahn-five-values").orElseThrow();
        assertThat(Translation.sameShape(ENGLISH, other)).isFalse();

        List<Section> reordered = new ArrayList<>(WELSH.sections());
        java.util.Collections.reverse(reordered);
        Questionnaire shuffled = new Questionnaire(
                WELSH.id(),
                WELSH.title(),
                WELSH.version(),
                WELSH.description(),
                WELSH.language(),
                WELSH.minutesToComplete(),
                WELSH.answerSets(),
                reordered,
                WELSH.questions(),
                WELSH.dimensions(),
                WELSH.scoring(),
                WELSH.verdict(),
                WELSH.reflections(),
                WELSH.notApplicableRule(),
                WELSH.grid(),
                WELSH.activities());
        assertThat(Translation.sameShape(ENGLISH, shuffled)).isFalse();
    }
}
