package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.coprod.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Survey results open with every service at a glance, and the JSON holds every figure the text shows. Three services
 * of the tiny questionnaire, each answering alike, so every figure can be worked out by hand: A scores 100 on
 * everything (co-production); B scores 50 on Alpha (a1 to a4 all "Sometimes"), 0 on Beta ("No" twice), planning 50
 * (b1 0 and c1 100), delivery 0, staff 50 and views 100 (voice); C has 4 respondents, fewer than 5, so is not shown.
 */
class ScoreOverviewTest {
    private static final String THREE_SERVICES = ScoreTest.HEADER
            + "A,Staff,5,1,5,5,Yes,Yes,5,5,5,5\n".repeat(5)
            + "B,Staff,3,3,3,3,No,No,5,1,3,5\n".repeat(5)
            + "C,Staff,4,2,3,4,Yes,No,1,2,3,4\n".repeat(4);

    @TempDir
    Path dir;

    Path tiny;
    Path export;

    @BeforeEach
    void files() throws Exception {
        tiny = dir.resolve("tiny.yaml");
        Files.writeString(tiny, TestFiles.resource("questionnaires/tiny.yaml"));
        export = dir.resolve("three.csv");
        Files.writeString(export, THREE_SERVICES);
    }

    private CliTest.Run score(String... args) {
        List<String> all = new ArrayList<>(List.of("score", "--questionnaire", tiny.toString(), export.toString()));
        all.addAll(List.of(args));
        CliTest.Run run = CliTest.run(all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void the_text_report_opens_with_verdict_counts_and_every_service_against_every_measure() {
        String text = score("--width", "80").out();
        String flat = flat(text);
        assertThat(flat)
                .contains("ALL SERVICES AT A GLANCE")
                .contains("Self-organised 0 Co-production 1 Emerging co-production 0 Voice 1 Consultation 0"
                        + " Informing 0 Not enough answers to decide 0 Not shown: fewer than 5 respondents 1")
                .contains("Service n P1 P2 M1 M2 M3 M4")
                .contains("Co-production (1 service) A 5 100 100 100 100 100 100")
                .contains("Voice (1 service) B 5 50 0 50 0 50 100")
                .contains("Not shown: fewer than 5 respondents (1 service) C 4 - - - - - -")
                .contains("Columns: n: Respondents; P1: Alpha; P2: Beta; M1: Shared planning; M2: Shared delivery;"
                        + " M3: Staff contribution; M4: Views sought.");
        assertThat(text.indexOf("ALL SERVICES AT A GLANCE")).isLessThan(text.indexOf("SERVICE: A"));
        assertThat(text)
                .doesNotContain("SERVICE: C")
                .contains("Average of the principles: 25. Weakest principle: Beta (0).");
        for (String line : text.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void a_narrow_text_report_lists_each_service_with_its_figures() {
        String text = score("--width", "40").out();
        assertThat(flat(text)).contains("Voice (1 service) B n 5 P1 50 P2 0 M1 50 M2 0 M3 50 M4 100");
        String overview = text.substring(text.indexOf("ALL SERVICES AT A GLANCE"), text.indexOf("SERVICE: A"));
        for (String line : overview.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(40);
        }
    }

    @Test
    void markdown_has_the_same_overview_as_a_pipe_table() {
        String markdown = score("--format", "markdown").out();
        assertThat(markdown)
                .contains("| Service | n | Verdict | P1 | P2 | M1 | M2 | M3 | M4 |\n"
                        + "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
                        + "| A | 5 | Co-production | 100 | 100 | 100 | 100 | 100 | 100 |\n"
                        + "| B | 5 | Voice | 50 | 0 | 50 | 0 | 50 | 100 |\n"
                        + "| C | 4 | Not shown: fewer than 5 respondents | - | - | - | - | - | - |\n");
    }

    @Test
    void html_overview_is_a_shaded_table_in_the_page_itself_sortable_by_an_inline_script() throws Exception {
        String html = score("--format", "html").out();
        Document page = ReportFormatsTest.xml(html);
        NodeList rows = nodes(page, "//*[local-name()='table' and @id='overview']/*[local-name()='tbody']/*");
        assertThat(rows.getLength()).isEqualTo(3);
        assertThat(cells(rows, 0)).containsExactly("A", "5", "Co-production", "100", "100", "100", "100", "100", "100");
        assertThat(cells(rows, 1)).containsExactly("B", "5", "Voice", "50", "0", "50", "0", "50", "100");
        assertThat(cells(rows, 2).subList(0, 4)).containsExactly("C", "4", "Not shown: fewer than 5 respondents", "-");
        // bands Low from 0, Mid from 50, High from 75: spread over the four shades, lightest to darkest
        Element b = (Element) rows.item(1);
        assertThat(((Element) b.getElementsByTagName("td").item(2)).getAttribute("class"))
                .isEqualTo("num heat-2");
        assertThat(((Element) b.getElementsByTagName("td").item(3)).getAttribute("class"))
                .isEqualTo("num heat-0");
        assertThat(html).contains("Shading shows the band of each score:").contains("High (75 to 100)");
        assertThat(nodes(page, "//*[local-name()='th' and @data-sort-label]").getLength())
                .isEqualTo(9);
        // the sorting script: inline, fetching nothing; without it the hint to click stays hidden
        assertThat(nodes(page, "//*[local-name()='script']").getLength()).isEqualTo(1);
        String script = nodes(page, "//*[local-name()='script']").item(0).getTextContent();
        assertThat(script).contains("function sort(column)").contains("appendChild(row)");
        assertThat(script).doesNotContain("http").doesNotContain("fetch").doesNotContain("XMLHttpRequest");
        assertThat(nodes(page, "//*[local-name()='script' and @src]").getLength())
                .isZero();
        assertThat(nodes(page, "//*[@id='overview-sort-hint' and @hidden]").getLength())
                .isEqualTo(1);
        // each shown service's detail, and then the figures for everyone, start a new printed page
        assertThat(nodes(page, "//*[local-name()='hr' and @class='new-page']").getLength())
                .isEqualTo(3);
        assertThat(nodes(
                                page,
                                "//*[local-name()='hr' and @class='new-page']/following-sibling::*[1][local-name()='h2']")
                        .getLength())
                .isEqualTo(3);
        assertThat(html).contains("hr.new-page { break-before: page;");
    }

    @Test
    void an_assessment_report_has_neither_the_overview_styles_nor_a_script() {
        String html =
                CliTest.run("report", CliTest.RIVERSIDE, "--format", "html").out();
        assertThat(html).doesNotContain("<script").doesNotContain("new-page").doesNotContain("heat-");
    }

    @Test
    void json_holds_the_overview_reliability_answer_shares_averages_and_settings() throws Exception {
        JsonNode root = new ObjectMapper().readTree(score("--format", "json").out());
        JsonNode overview = root.get("overview");
        assertThat(overview.get("verdictCounts").get(1).get("id").asText()).isEqualTo("co-production");
        assertThat(overview.get("verdictCounts").get(1).get("services").asInt()).isEqualTo(1);
        assertThat(overview.get("verdictCounts").get(3).get("id").asText()).isEqualTo("voice");
        assertThat(overview.get("verdictCounts").get(3).get("services").asInt()).isEqualTo(1);
        assertThat(overview.get("servicesNotShown").asInt()).isEqualTo(1);
        assertThat(overview.get("order").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
        assertThat(root.get("rows").toString()).isEqualTo("{\"read\":14,\"used\":14,\"withProblems\":0}");

        JsonNode b = root.get("services").get(1);
        assertThat(b.get("average").asDouble()).isEqualTo(25.0); // (50 + 0) / 2
        assertThat(b.get("weakestPrinciple").get("id").asText()).isEqualTo("beta");
        assertThat(b.get("weakestPrinciple").get("mean").asDouble()).isZero();
        assertThat(b.get("questionMeans").get(0).toString()).isEqualTo("{\"id\":\"a1\",\"mean\":50.0}");
        assertThat(b.get("questionMeans").get(4).toString()).isEqualTo("{\"id\":\"b1\",\"mean\":0.0}");

        // every one of the 14 answered every question
        JsonNode a1 = root.get("answers").get(0);
        assertThat(a1.get("question").asText()).isEqualTo("a1");
        assertThat(a1.get("counts").toString())
                .isEqualTo("{\"answered\":14,\"notApplicable\":0,\"dontKnow\":0,\"blank\":0,\"unreadable\":0}");
        assertThat(a1.get("percent").get("answered").asDouble()).isEqualTo(100.0);

        // Alpha's item scores: A 100,100,100,100 (x5); B 50,50,50,50 (x5); C 75,75,50,75 (x4). By hand (sample
        // variances): alpha = 4/3 x (1 - sum of item variances / variance of totals) = 0.9825; a3's corrected
        // item-total correlation 0.8819, each of the others 0.9845. Beta: 100,100 (x5); 0,0 (x5); 100,0 (x4): 0.7143.
        JsonNode alpha = root.get("reliability").get(0);
        assertThat(alpha.get("id").asText()).isEqualTo("alpha");
        assertThat(alpha.get("completeAnswers").asInt()).isEqualTo(14);
        assertThat(alpha.get("alpha").asDouble()).isCloseTo(0.98, within(1e-9));
        assertThat(alpha.get("judgement").asText()).isEqualTo("good");
        assertThat(alpha.get("items").get(2).get("question").asText()).isEqualTo("a3");
        assertThat(alpha.get("items").get(2).get("correlation").asDouble()).isCloseTo(0.88, within(1e-9));
        assertThat(alpha.get("items").get(0).get("correlation").asDouble()).isCloseTo(0.98, within(1e-9));
        assertThat(alpha.get("items").get(0).get("weak").asBoolean()).isFalse();
        assertThat(root.get("reliability").get(1).get("alpha").asDouble()).isCloseTo(0.71, within(1e-9));
        assertThat(root.get("reliability").get(1).get("judgement").asText()).isEqualTo("good");

        assertThat(root.get("settings").get("minimumForReliability").asInt()).isEqualTo(10);
        assertThat(root.get("settings").get("comparedRoles").isNull()).isTrue();
        assertThat(root.get("files").get(0).get("serviceColumn").asText()).isEqualTo("Service");
        assertThat(root.get("files").get(0).get("roleColumn").asText()).isEqualTo("Role");
    }

    @Test
    void role_counts_read_naturally_and_an_empty_group_is_said_plainly() throws Exception {
        Files.writeString(
                export,
                ScoreTest.HEADER
                        + "X,Staff,5,1,5,5,Yes,Yes,5,5,5,5\n".repeat(5)
                        + "X,People,3,3,3,3,No,No,5,1,3,5\n".repeat(3)
                        + "Y,Staff,5,1,5,5,Yes,Yes,5,5,5,5\n".repeat(5));
        String text = flat(score("--compare", "Staff,People", "--width", "100").out());
        assertThat(text)
                .contains("Respondents by role: People: 3 respondents; Staff: 5 respondents.")
                .contains("Not shown: each group needs at least 5 respondents, so that no one's answers can be picked"
                        + " out; here Staff: 5 respondents and People: 3 respondents.")
                .contains("Not shown: no one at this service answered as People, so there is nothing to compare.")
                .doesNotContain("0 People");
        JsonNode services = new ObjectMapper()
                .readTree(score("--compare", "Staff,People", "--format", "json").out())
                .get("services");
        assertThat(services.get(0).get("gaps").get("reason").asText()).isEqualTo("too-small");
        assertThat(services.get(0).get("gaps").get("secondRespondents").asInt()).isEqualTo(3);
        assertThat(services.get(1).get("gaps").get("reason").asText()).isEqualTo("no-one");
        assertThat(services.get(1).get("gaps").get("measures").size()).isZero();
    }

    @Test
    void a_minimum_group_size_of_1_says_nothing_is_hidden_and_the_method_says_intervals_are_cut() {
        String text = flat(score("--min-group-size", "1").out());
        assertThat(text)
                .contains("Privacy: the minimum group size is 1, so every service and role shows its scores")
                .doesNotContain("between 1 and 0")
                .contains("an interval that would reach below 0 or above 100 is cut there");
        assertThat(flat(score("--min-group-size", "2").out()))
                .contains("would otherwise leave 1 respondent unshown")
                .doesNotContain("between 1 and 1");
    }

    private static NodeList nodes(Document page, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
    }

    private static List<String> cells(NodeList rows, int row) {
        NodeList children = rows.item(row).getChildNodes();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element cell) {
                texts.add(cell.getTextContent());
            }
        }
        return texts;
    }

    /**
     * Regression: an answer that is none of the question's was counted as blank, so the answers table said people had
     * left the question empty. Of four respondents, one wrote "Sometimes, maybe" for a1 (not an answer) and one left
     * it blank: a1 is 50% answered, 25% blank and 25% could not be read.
     */
    @Test
    void answers_that_could_not_be_read_are_counted_apart_from_blanks() throws Exception {
        Files.writeString(
                export,
                ScoreTest.HEADER
                        + "A,Staff,5,1,5,5,Yes,Yes,5,5,5,5\n".repeat(2)
                        + "A,Staff,\"Sometimes, maybe\",1,5,5,Yes,Yes,5,5,5,5\n"
                        + "A,Staff,,1,5,5,Yes,Yes,5,5,5,5\n");
        List<String> all = List.of("score", "--questionnaire", tiny.toString(), export.toString(), "--width", "120");
        CliTest.Run text = CliTest.run(all.toArray(String[]::new));
        String a1 = text.out()
                .lines()
                .filter(line -> line.startsWith("question\u00A01,"))
                .findFirst()
                .orElseThrow();
        assertThat(a1.split("\\s{2,}"))
                .containsExactly("question\u00A01, \u201CA1\u201D", "50%", "0%", "0%", "25%", "25%");
        assertThat(text.out()).contains("Could not be read");

        List<String> json = new ArrayList<>(all);
        json.addAll(List.of("--format", "json"));
        JsonNode answers = new ObjectMapper()
                .readTree(CliTest.run(json.toArray(String[]::new)).out())
                .get("answers")
                .get(0);
        assertThat(answers.get("question").asText()).isEqualTo("a1");
        assertThat(answers.get("counts").get("unreadable").asLong()).isEqualTo(1);
        assertThat(answers.get("counts").get("blank").asLong()).isEqualTo(1);
        assertThat(answers.get("counts").get("answered").asLong()).isEqualTo(2);
    }
}
