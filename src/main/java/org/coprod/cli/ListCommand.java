package org.coprod.cli;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.Document;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Table;
import org.coprod.report.TextRenderer;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand extends CommandBase {
    @Override
    public Integer call() {
        Words words = words();
        List<List<Cell>> rows = new ArrayList<>();
        for (Questionnaire q : Catalogue.all()) {
            rows.add(List.of(
                    Document.text(q.id()),
                    Document.text(q.title()),
                    Document.text(q.version()),
                    Document.text(String.valueOf(q.questions().size())),
                    Document.text(
                            q.minutesToComplete() > 0 ? words.get("cli.list.minutes", q.minutesToComplete()) : "")));
        }
        Document doc = new Document(words.get("cli.list.heading"));
        doc.table(new Table(
                List.of(
                        new Column(words.get("cli.list.id"), Align.LEFT),
                        new Column(words.get("cli.list.title"), Align.LEFT),
                        new Column(words.get("cli.list.version"), Align.LEFT),
                        new Column(words.get("cli.list.questions"), Align.RIGHT),
                        new Column(words.get("cli.list.time"), Align.LEFT)),
                rows));
        doc.paragraph(words.get("cli.list.read-one", Catalogue.DEFAULT));
        io().out().print(new TextRenderer(io().style()).render(doc));
        return ExitCodes.OK;
    }
}
