package org.coprod.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CollationTest {
    @Test
    void welsh_digraphs_are_letters_of_their_own_in_the_order_of_the_welsh_alphabet() {
        // a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y
        List<String> names = new ArrayList<>(List.of(
                "Tywyn",
                "Thomas",
                "Rhyl",
                "Ruthin",
                "Pwll",
                "Phil",
                "Llandudno",
                "Lyon",
                "Ngwyl",
                "Gwynedd",
                "Hafod",
                "Ffestiniog",
                "Fulham",
                "Ddraig",
                "Dyfed",
                "Chwilog",
                "Cwm",
                "Ŵyl",
                "Wrecsam",
                "Ystrad"));
        names.sort(Collation.forTag("cy"));

        assertThat(names)
                .containsExactly(
                        "Cwm",
                        "Chwilog",
                        "Dyfed",
                        "Ddraig",
                        "Fulham",
                        "Ffestiniog",
                        "Gwynedd",
                        "Ngwyl",
                        "Hafod",
                        "Lyon",
                        "Llandudno",
                        "Pwll",
                        "Phil",
                        "Ruthin",
                        "Rhyl",
                        "Tywyn",
                        "Thomas",
                        "Wrecsam",
                        "Ŵyl",
                        "Ystrad");
    }

    @Test
    void welsh_ignores_case_and_puts_an_accented_letter_with_its_plain_one() {
        List<String> names = new ArrayList<>(List.of("LLAN", "llan", "Gŵyl", "Gwynedd", "gwyl"));
        names.sort(Collation.forTag("cy"));

        assertThat(names).containsExactly("gwyl", "Gŵyl", "Gwynedd", "LLAN", "llan");
    }

    @Test
    void a_map_sorted_in_welsh_still_merges_names_that_differ_only_in_case() {
        TreeMap<String, Integer> services = new TreeMap<>(Collation.forTag("cy"));
        services.merge("Canolfan Llanelli", 1, Integer::sum);
        services.merge("canolfan llanelli", 1, Integer::sum);
        services.merge("Canolfan Llânelli", 1, Integer::sum);

        assertThat(services).hasSize(2).containsEntry("Canolfan Llanelli", 2);
    }

    @Test
    void other_languages_keep_coprods_case_insensitive_order() {
        assertThat(Collation.forTag("en")).isSameAs(String.CASE_INSENSITIVE_ORDER);
        assertThat(Collation.of(Locale.FRENCH)).isSameAs(String.CASE_INSENSITIVE_ORDER);
        assertThat(Collation.forTag(null)).isSameAs(String.CASE_INSENSITIVE_ORDER);
        assertThat(Words.english().collation()).isSameAs(String.CASE_INSENSITIVE_ORDER);
    }
}
