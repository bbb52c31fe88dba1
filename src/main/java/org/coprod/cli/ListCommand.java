package org.coprod.cli;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.model.Questionnaire;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.Document;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Table;
import org.coprod.report.TextRenderer;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the questionnaires built into coprod.",
        footer = {"", "Example:", "  coprod list"})
final class ListCommand extends CommandBase {
    @Override
    public Integer call() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Questionnaire q : Catalogue.all()) {
            rows.add(List.of(Document.text(q.id()), Document.text(q.title()), Document.text(q.version()),
                    Document.text(String.valueOf(q.questions().size())),
                    Document.text(q.minutesToComplete() > 0 ? "about " + q.minutesToComplete() + " min" : "")));
        }
        Document doc = new Document("Built-in questionnaires");
        doc.table(new Table(List.of(new Column("Id", Align.LEFT), new Column("Title", Align.LEFT),
                new Column("Version", Align.LEFT), new Column("Questions", Align.RIGHT), new Column("Time", Align.LEFT)), rows));
        doc.paragraph("Read one with 'coprod show ID'. The first, " + Catalogue.DEFAULT
                + ", is used when no questionnaire is named.");
        io().out().print(new TextRenderer(io().style(null)).render(doc));
        return ExitCodes.OK;
    }
}
