package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick ways of reading an export give exactly the output of the plain way. The files in
 * src/test/resources/labelled were made before the quick ways were written (commit 8081bc5), and the reports made again
 * after the action plan began to take principles of equal shown score in the questionnaire's order: the export by
 * {@code python3 bench/generate_labelled_export.py 5000 40 FILE 17}, then edited to add a byte-order mark, an answer
 * that is not one, a row with too few fields, a label with spaces around it, a cell with doubled quotes, a blank line
 * and a row with every field quoted and a bare LF line end; the expected results are what coprod wrote for it then
 * ({@code coprod score labelled-5000.csv --format json --per-respondent ...}, and with a second copy of the export
 * named again.csv).
 */
class LabelledExportOutputTest {
    @TempDir
    Path folder;

    @Test
    void oneExportGivesTheSameReportsAsBefore() throws IOException {
        Path export = unpack("labelled-5000.csv.gz", "labelled-5000.csv");
        for (String format : List.of("json", "csv")) {
            Run run = score(format, export);
            assertThat(run.report)
                    .isEqualTo(expected(format.equals("json") ? "labelled-5000.json.gz" : "labelled-5000-report.csv"));
            assertThat(run.respondents).isEqualTo(expected("labelled-5000-respondents.csv.gz"));
        }
    }

    @Test
    void twoExportsGiveTheSameReportAsBeforeInTheSameOrder() throws IOException {
        Path first = unpack("labelled-5000.csv.gz", "labelled-5000.csv");
        Path second = unpack("labelled-5000.csv.gz", "again.csv");
        Run run = score("json", first, second);
        assertThat(run.report).isEqualTo(expected("two-files.json.gz"));
        assertThat(run.respondents).isEqualTo(expected("two-files-respondents.csv.gz"));
    }

    private record Run(String report, String respondents) {}

    private Run score(String format, Path... exports) throws IOException {
        Path report = folder.resolve("report." + format);
        Path respondents = folder.resolve("respondents.csv");
        List<String> args = new ArrayList<>(List.of(
                "score",
                "--format",
                format,
                "--output",
                report.toString(),
                "--per-respondent",
                respondents.toString()));
        for (Path export : exports) {
            args.add(export.toString());
        }
        CommandLine.Run run = CommandLine.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return new Run(withoutFolder(report), withoutFolder(respondents));
    }

    /** The file's text with the temporary folder taken out of the paths, as when coprod is run inside it. */
    private String withoutFolder(Path file) throws IOException {
        return Files.readString(file).replace(folder + "/", "");
    }

    private Path unpack(String resource, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, resourceBytes(resource));
        return file;
    }

    private static String expected(String resource) throws IOException {
        return new String(resourceBytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String resource) throws IOException {
        try (InputStream in = LabelledExportOutputTest.class.getResourceAsStream("/labelled/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return resource.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }
}
