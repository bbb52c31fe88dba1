package org.coprod.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.BatchReport;
import org.coprod.survey.SurveyScorer;

/**
 * Jazzer fuzz target for the survey export reader: any bytes, saved as an export, are scored and reported on, or are
 * refused with clear problems. The first byte also picks the options (delimiter given or detected, header rows given
 * or detected, --strict), so that they are fuzzed too. Run by {@link LoaderFuzzTest}.
 */
public final class CsvFuzzTarget {
    private static final Questionnaire QUESTIONNAIRE =
            Catalogue.builtIn(Catalogue.DEFAULT).orElseThrow();
    private static final Path FILE = temporaryFile();

    private CsvFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        int choice = data.length == 0 ? 0 : data[0] & 0xFF;
        Files.write(FILE, data);
        SurveyScorer scorer = new SurveyScorer(QUESTIONNAIRE, options(choice), null, null, Words.english());
        try {
            scorer.addExport(FILE);
            scorer.checkStrict();
        } catch (InvalidInputException refused) {
            FuzzContract.assertClear(refused, FILE.toString());
            return;
        }
        BatchReport report =
                new BatchReport(scorer.result(), new BatchReport.Settings(1 + choice % 5, 15, Optional.empty(), 10));
        FuzzContract.renderEveryFormat(report);
    }

    private static SurveyScorer.Options options(int choice) {
        Optional<Character> delimiter = switch (choice % 4) {
            case 1 -> Optional.of(',');
            case 2 -> Optional.of(';');
            case 3 -> Optional.of('\t');
            default -> Optional.empty();
        };
        Optional<Integer> headerRows = (choice / 4) % 4 == 0 ? Optional.empty() : Optional.of((choice / 4) % 4);
        return new SurveyScorer.Options(
                Optional.empty(),
                Optional.empty(),
                Set.of("-99"),
                (choice & 0x80) != 0,
                delimiter,
                headerRows,
                org.coprod.io.yaml.MappingReader.Mapping.none(),
                Optional.empty());
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("coprod-fuzz-", ".csv");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
