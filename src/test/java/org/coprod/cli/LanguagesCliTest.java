package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;

/** --language with several languages, and the help in the language asked for. */
class LanguagesCliTest {
    private static final String TINY = "src/test/resources/questionnaires/tiny.yaml";
    private static final String ENGLISH_ANSWERS = "src/test/resources/answers/tiny-en.yaml";

    @Test
    void report_writes_each_language_asked_for_the_first_first() {
        CliTest.Run both = CliTest.run("report", ENGLISH_ANSWERS, "-q", TINY, "--language", "cy,en", "-f", "html");
        assertThat(both.code()).isZero();
        assertThat(both.err()).isEmpty();
        assertThat(both.out().indexOf("<section lang=\"cy\""))
                .isPositive()
                .isLessThan(both.out().indexOf("<section lang=\"en\""));
        assertThat(CliTest.run("--language=cy,en", "report", ENGLISH_ANSWERS, "-q", TINY, "-f", "html"))
                .isEqualTo(both);
    }

    @Test
    void a_json_report_in_two_languages_and_each_of_its_parts_match_the_published_schema() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs", "report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        String json = CliTest.run("report", ENGLISH_ANSWERS, "-q", TINY, "--language", "cy,en", "-f", "json")
                .out();
        JsonNode both = new ObjectMapper().readTree(json);
        assertThat(schema.validate(both)).isEmpty();
        assertThat(both.get("language").asText()).isEqualTo("cy");
        JsonNode english = both.get("translations").get(0);
        assertThat(english.get("language").asText()).isEqualTo("en");
        assertThat(schema.validate(english)).isEmpty();
        ((ObjectNode) both).remove("language");
        assertThat(schema.validate(both))
                .as("translations come with a language")
                .isEmpty();
    }

    @Test
    void the_html_of_two_languages_is_one_well_formed_page() throws Exception {
        String html = CliTest.run("report", ENGLISH_ANSWERS, "-q", TINY, "--language", "cy,en", "-f", "html")
                .out();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        org.w3c.dom.Document page = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getElementsByTagName("section").getLength()).isEqualTo(2);
        assertThat(page.getElementsByTagName("main").getLength()).isEqualTo(1);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent())
                .endsWith("Co-production self-assessment: Canolfan Gymunedol Llanelli");
    }

    @Test
    void a_language_given_twice_is_written_once_and_an_unknown_one_among_several_is_refused() {
        assertThat(CliTest.run("report", ENGLISH_ANSWERS, "-q", TINY, "--language", "en,en"))
                .isEqualTo(CliTest.run("report", ENGLISH_ANSWERS, "-q", TINY, "--language", "en"));
        CliTest.Run unknown = CliTest.run("report", ENGLISH_ANSWERS, "-q", TINY, "--language", "cy,xx");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("'xx'");
    }

    @Test
    void messages_and_help_are_in_the_first_language_asked_for() {
        assertThat(LanguageOption.in("report", "--language", "cy,en")).isSameAs(Words.forTag("cy"));
        assertThat(LanguageOption.in("report", "--language=en,cy")).isSameAs(Words.english());
        // the help is read from the language's coprod_xx.properties, falling back key by key to English
        Io io = new Io(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                new ByteArrayInputStream(new byte[0]),
                Map.of(),
                false);
        ResourceBundle help =
                Main.commandLine(io, "report", "--help", "--language", "cy,en").getResourceBundle();
        assertThat(help).isSameAs(Words.forTag("cy").bundle("coprod"));
        boolean welshHelp = getClass().getClassLoader().getResource("org/coprod/words/coprod_cy.properties") != null;
        assertThat(help.getLocale().getLanguage()).isEqualTo(welshHelp ? "cy" : "");
    }
}
