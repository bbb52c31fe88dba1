package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.survey.GridExportsTest.GRID;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --strict, the problems past the 200 listed are counted in words that fit the count. */
class StrictProblemsTest {
    @Test
    void one_problem_past_those_listed_is_one_more_problem(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("Service,a1,a2,a3,a4,b1,b2,c1,c2,c3,c4\n");
        for (int row = 0; row < 201; row++) {
            csv.append("Riverside,Offen,Often,Often,Often,Yes,Yes,Often,Often,Often,Often\n");
        }
        Path export = Files.writeString(dir.resolve("export.csv"), csv);
        CommandLine.Run run = CommandLine.run("score", "--questionnaire", GRID, export.toString(), "--strict");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("(and more): 1 more problem not listed").doesNotContain("1 more problems");
    }
}
