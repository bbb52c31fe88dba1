package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.cli.CliTest.NORTHGATE;
import static org.coprod.cli.CliTest.RIVERSIDE;
import static org.coprod.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Every report format, as a program or a person would open it: JSON against its schema, HTML, Markdown and CSV. */
class ReportFormatsTest {
    static final String RIVERSIDE_2025 = "examples/riverside-recovery-college-answers-2025.yaml";
    private static final String HOSTILE_NAME = "<script>alert(\"x\")</script> & 'Tenants' | =SUM(A1)";
    private static final String HOSTILE_NOTE =
            "</td></tr></table><img src=x onerror=alert(1)> | not | a | table [link](http://x)";

    @TempDir
    Path dir;

    @Test
    void json_of_every_kind_of_report_matches_the_published_schema() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs", "report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        Path results = dir.resolve("results.json");
        assertThat(run("score", ExamplesTest.BATCH_EXPORT, "-o", results.toString())
                        .code())
                .isZero();
        List<String> outputs = new ArrayList<>(List.of(
                run("report", RIVERSIDE, "--format", "json").out(),
                run("report", NORTHGATE, "--format", "json").out(),
                Files.readString(results),
                run("compare", RIVERSIDE_2025, RIVERSIDE, "--format", "json").out(),
                run("compare", results.toString(), results.toString(), "--format", "json")
                        .out(),
                // answers of version 2.0: the grid, the four Co's and borderline verdicts of each service
                run(
                                "score",
                                "examples/services/hawkesford-adult-social-care-north.yaml",
                                "examples/services/brackenfield-community-pantry.yaml",
                                "examples/services/ashby-family-hub.yaml",
                                "--min-group-size",
                                "1",
                                "--format",
                                "json")
                        .out()));
        for (String output : outputs) {
            assertThat(schema.validate(new ObjectMapper().readTree(output)))
                    .as(output.substring(0, 80))
                    .isEmpty();
        }
        JsonNode wrongKind = new ObjectMapper().readTree(outputs.get(0));
        ((ObjectNode) wrongKind).put("report", "survey");
        assertThat(schema.validate(wrongKind))
                .as("the schema tells the kinds apart")
                .isNotEmpty();
    }

    @Test
    void html_is_self_contained_well_formed_and_shows_hostile_text_as_text() throws Exception {
        Path answers = hostileAnswers();
        String html = run("report", answers.toString(), "--format", "html").out();
        Document page = xml(html);
        assertThat(text(page, "//*[local-name()='h1']")).isEqualTo("Co-production self-assessment: " + HOSTILE_NAME);
        assertThat(
                        count(
                                page,
                                "//*[local-name()='script' or local-name()='img' or local-name()='link' or local-name()='iframe']"))
                .isZero();
        assertThat(count(page, "//@*[local-name()='src' or local-name()='href' or starts-with(local-name(), 'on')]"))
                .isZero();
        assertThat(html).doesNotContain("@import").doesNotContain("url(").doesNotContain("http://x\"");
        assertThat(page.getDocumentElement().getTextContent()).contains(HOSTILE_NOTE);
        int charts = count(page, "//*[local-name()='svg' and @role='img']");
        assertThat(charts).isEqualTo(1);
        assertThat(count(page, "//*[local-name()='svg' and @role='img']/*[local-name()='title']"))
                .isEqualTo(charts);
        assertThat(text(page, "//*[local-name()='svg' and @role='img']/*[local-name()='desc']"))
                .startsWith("The principles, scored from 0 at the centre to 100 at the rim. People as assets ");
        assertThat(count(page, "//*[local-name()='table']"))
                .as("every chart's figures are also in a table")
                .isGreaterThanOrEqualTo(charts);
    }

    @Test
    void html_of_a_batch_has_a_chart_per_service_and_the_gap_chart() throws Exception {
        Document page =
                xml(run("score", ExamplesTest.BATCH_EXPORT, "--format", "html").out());
        List<String> titles = texts(page, "//*[local-name()='svg' and @role='img']/*[local-name()='title']");
        assertThat(titles)
                .contains(
                        "Eastfield Family Hub: the principles",
                        "Northgate Homes tenants' panel: the principles",
                        "Riverside Recovery College: the principles",
                        "Northgate Homes tenants' panel: Staff member and Person who uses the service side by side");
    }

    @Test
    void markdown_shows_hostile_text_as_text_and_it_neither_adds_nor_breaks_a_table() throws Exception {
        String hostile = run("report", hostileAnswers().toString(), "--format", "markdown")
                .out();
        String plain = run("report", RIVERSIDE, "--format", "markdown").out();
        Parser parser =
                Parser.builder().extensions(List.of(TablesExtension.create())).build();
        Node hostileDocument = parser.parse(hostile);
        assertThat(markup(hostileDocument)).isEmpty();
        assertThat(tableShapes(hostileDocument)).isEqualTo(tableShapes(parser.parse(plain)));
        String shown = TextContentRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .build()
                .render(hostileDocument);
        assertThat(shown).contains(HOSTILE_NAME).contains(HOSTILE_NOTE);
    }

    /** The HTML and links a Markdown viewer would act on. */
    private static List<Node> markup(Node document) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                found.add(node);
            }

            @Override
            public void visit(HtmlBlock node) {
                found.add(node);
            }

            @Override
            public void visit(Link node) {
                found.add(node);
            }
        });
        return found;
    }

    /** Each table's number of cells, in order. */
    private static List<Integer> tableShapes(Node document) {
        List<Integer> shapes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock node) {
                if (node instanceof TableBlock) {
                    int[] cells = {0};
                    node.accept(new AbstractVisitor() {
                        @Override
                        public void visit(org.commonmark.node.CustomNode cell) {
                            if (cell instanceof TableCell) {
                                cells[0]++;
                            }
                            visitChildren(cell);
                        }
                    });
                    shapes.add(cells[0]);
                }
            }
        });
        return shapes;
    }

    @Test
    void csv_of_an_assessment_is_one_row_and_a_formula_in_a_name_stays_text() throws Exception {
        List<String> lines = run("report", hostileAnswers().toString(), "--format", "csv")
                .out()
                .lines()
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("service,respondent,role,date,verdict,how_firm,grid_cell,average,assets_score,assets_band,"
                        + "assets_answered,assets_questions,");
        assertThat(lines.get(0)).endsWith(",first_step_1,first_step_2,first_step_3");
        Path named = dir.resolve("formula.yaml");
        Files.writeString(
                named,
                Files.readString(Path.of(RIVERSIDE))
                        .replace("service: Riverside Recovery College", "service: \"=HYPERLINK(1)\""));
        assertThat(run("report", named.toString(), "--format", "csv")
                        .out()
                        .lines()
                        .toList()
                        .get(1))
                .startsWith("'=HYPERLINK(1),Sam Patel,");
        // Riverside, by hand: assets (100+75+75+100)/4 = 87.5, capacity (75+100+75+50)/4 = 75, mutuality
        // (75+50+50+75)/4
        // = 62.5, networks (100+75+50+75)/4 = 75, blurred roles (100+75+75+100)/4 = 87.5, catalysts 75 -> average 77.08
        assertThat(run("report", RIVERSIDE, "--format", "csv")
                        .out()
                        .lines()
                        .toList()
                        .get(1))
                .startsWith(
                        "Riverside Recovery College,Sam Patel,\"Service manager and two peer tutors, answering together\",2026-11-03,"
                                + "Co-production,only just,Full user and professional co-production,77.08,87.50,Going strong,4,4,75.00,Going strong,4,4,62.50,On the way,4,4,");
    }

    @Test
    void the_format_follows_the_output_file_name() throws Exception {
        for (Map.Entry<String, String> expected : Map.of(
                        "r.html",
                        "<!DOCTYPE html>",
                        "r.md",
                        "# Co-production",
                        "r.json",
                        "{",
                        "r.csv",
                        "service,",
                        "r.txt",
                        "Co-production self-assessment")
                .entrySet()) {
            Path out = dir.resolve(expected.getKey());
            assertThat(run("report", RIVERSIDE, "-o", out.toString()).code()).isZero();
            assertThat(Files.readString(out)).startsWith(expected.getValue());
        }
        assertThat(run("show", "--format", "json").err())
                .startsWith("coprod: show writes text, markdown or html, not json.");
    }

    @Test
    void compare_of_two_answers_files_says_in_one_sentence_what_got_better_and_worse() {
        // two rounds answered to version 1.0, so every figure compares like with like
        String riverside2026 = "src/test/resources/answers/riverside-recovery-college-answers-1.0.yaml";
        CliTest.Run result = run("compare", RIVERSIDE_2025, riverside2026, "--width", "100");
        assertThat(result.code()).isZero();
        // By hand, from the two files: mutuality 45 -> 65 (Rarely, Rarely, Sometimes became Often, Sometimes, Often),
        // blurred roles 70 -> 85, shared delivery 75 -> 95, catalysts 75 -> 70; average (80+70+45+75+70+75)/6 = 69.2 ->
        // 76.7.
        assertThat(result.out().replaceAll("\\s+", " "))
                .contains("Riverside Recovery College moved from Emerging co-production to"
                        + " Co-production: People as assets (+5), Building on capacity (+5), Mutuality and reciprocity (+20), Peer and"
                        + " personal networks (+5), Blurring roles (+15), Shared planning (+12.5) and Shared delivery (+20) got better,"
                        + " and Agencies as catalysts (-5) got worse.");
        assertThat(result.out())
                .containsPattern("Mutuality and reciprocity +45 +65 +↑ \\+20")
                .containsPattern("Staff and agency contribution +87.5 +83.3 +→ -4.2")
                .containsPattern("Average of the principles +69.2 +76.7 +↑ \\+7.5");
        CliTest.Run ascii = run(Map.of("COPROD_CHARSET", "ascii"), "compare", RIVERSIDE_2025, riverside2026);
        assertThat(ascii.out())
                .contains("^ +20")
                .contains("v -5")
                .contains("-> -4.2")
                .doesNotContain("↑");
        assertThat(result.err()).contains("A newer version, 2.0, exists");
    }

    /** Compared as one service renamed, as before; but two files of different services given by mistake are told. */
    @Test
    void compare_of_two_answers_files_of_different_services_says_so() {
        CliTest.Run result = run("compare", NORTHGATE, RIVERSIDE);
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("RIVERSIDE RECOVERY COLLEGE (BEFORE: NORTHGATE HOMES TENANTS' PANEL)");
        assertThat(result.err())
                .isEqualTo("coprod: the two rounds are of different services ('Northgate Homes tenants' panel' in "
                        + NORTHGATE + ", 'Riverside Recovery College' in " + RIVERSIDE
                        + "); they are compared as one service that changed"
                        + " its name. If that is not what you meant, give two rounds of the same service.\n");
    }

    @Test
    void compare_of_two_batch_results_pairs_services_by_name() throws Exception {
        Path before = dir.resolve("before.json");
        assertThat(run("score", ExamplesTest.BATCH_EXPORT, "-o", before.toString())
                        .code())
                .isZero();
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(before.toFile());
        ObjectNode riverside = (ObjectNode) tree.get("services").get(2);
        assertThat(riverside.get("name").asText()).isEqualTo("Riverside Recovery College");
        ((ObjectNode) riverside.get("sections").get(0)).put("mean", 70.0); // assets is 82.3 in the export
        ((ObjectNode) tree.get("services").get(0)).put("name", "Eastfield (closed)");
        Path after = dir.resolve("after.json");
        new ObjectMapper().writeValue(after.toFile(), tree);
        String out = run("compare", before.toString(), after.toString(), "--width", "120")
                .out();
        assertThat(out.replaceAll("\\s+", " "))
                .contains("Riverside Recovery College stayed at Co-production: People as assets (-12.3) got worse.")
                .contains("Northgate Homes tenants' panel stayed at Voice: nothing changed by 5 points or more.")
                .contains("Eastfield Family Hub: only in the earlier round")
                .contains("Eastfield (closed): only in the later round");
    }

    @Test
    void compare_refuses_what_it_cannot_compare_with_a_plain_message() throws Exception {
        CliTest.Run export = run("compare", ExamplesTest.BATCH_EXPORT, RIVERSIDE);
        assertThat(export.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(export.err())
                .startsWith("coprod: " + ExamplesTest.BATCH_EXPORT + ": this looks like a survey export;")
                .contains("Score each survey export first: 'coprod score " + ExamplesTest.BATCH_EXPORT
                        + " -o google-forms-results.json'.\n");
        Path notJson = dir.resolve("broken.json");
        Files.writeString(notJson, "{\n  \"report\": \"survey\",\n  oops\n}\n");
        CliTest.Run broken = run("compare", notJson.toString(), notJson.toString());
        assertThat(broken.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(broken.err())
                .isEqualTo(
                        "coprod: " + notJson + ":3:3: this is not valid JSON here, so the file may have been"
                                + " edited by hand. Write the results again with 'coprod score EXPORT.csv --output results.json'.\n");
        Path cutShort = dir.resolve("cut.json");
        Files.writeString(cutShort, "{\"report\": \"survey\", \"formatVersion\": 1");
        assertThat(run("compare", cutShort.toString(), cutShort.toString()).err())
                .startsWith("coprod: " + cutShort + ":1:")
                .contains(
                        ": the file ends before its JSON is complete, so it may have been cut short. Write the results again");
        Path assessment = dir.resolve("assessment.json");
        Files.writeString(
                assessment, run("report", RIVERSIDE, "--format", "json").out());
        assertThat(run("compare", assessment.toString(), assessment.toString()).err())
                .contains(assessment + ": this is the report of one answers file, not the results of 'coprod score'. To"
                        + " compare two self-assessments, give compare their answers files (.yaml).");
        // and the other way round: results of 'coprod score' given where an answers file or an export belongs
        Path results = Path.of(ExamplesTest.BATCH_REPORT + ".json");
        CliTest.Run report = run("report", results.toString());
        assertThat(report.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(report.err())
                .isEqualTo("coprod: " + results + ": this is a report written by coprod, not an answers file."
                        + " Give the answers file it was made from; two results of 'coprod score' (JSON) can be compared with coprod"
                        + " compare.\n");
        assertThat(run("show", results.toString()).err())
                .contains("this is a report written by coprod, not a questionnaire.");
        CliTest.Run score = run("score", results.toString());
        assertThat(score.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(score.err())
                .isEqualTo("coprod: " + results + ": score reads survey exports (.csv, .tsv, .txt) and answers"
                        + " files (.yaml), not JSON. To compare two results of 'coprod score', use 'coprod compare BEFORE.json"
                        + " AFTER.json'.\n");
    }

    @Test
    void score_names_coprods_own_csv_results_as_such() {
        for (String written : List.of(
                "examples/exports/google-forms-results.csv", "examples/riverside-recovery-college-report.csv")) {
            CliTest.Run score = run("score", written);
            assertThat(score.code()).as(written).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(score.err())
                    .as(written)
                    .isEqualTo(
                            "coprod: " + written + ": this is a report written by coprod (its"
                                    + " columns are scores, not answers), not a survey export. Give score the export the answers came from; to"
                                    + " compare two rounds of results, write each with --format json and use 'coprod compare'.\n");
        }
    }

    private Path hostileAnswers() throws Exception {
        Path answers = dir.resolve("hostile.yaml");
        String yaml = Files.readString(Path.of(RIVERSIDE))
                .replace("service: Riverside Recovery College", "service: '" + HOSTILE_NAME.replace("'", "''") + "'")
                .replace(
                        "note: Every course is co-written and co-taught by a peer tutor and a clinician.",
                        "note: '" + HOSTILE_NOTE + "'");
        assertThat(yaml).contains(HOSTILE_NOTE);
        Files.writeString(answers, yaml);
        return answers;
    }

    static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static int count(Document page, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET))
                .getLength();
    }

    private static String text(Document page, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, page);
    }

    private static List<String> texts(Document page, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(nodes.item(i).getTextContent());
        }
        return found;
    }
}
