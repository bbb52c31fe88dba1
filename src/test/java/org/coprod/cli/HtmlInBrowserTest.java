package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report drawn by a real browser (headless Chromium, with the network off): the page renders, and its
 * charts' colours show up. CI installs Chromium and sets COPROD_REQUIRE_BROWSER=1, so there this test cannot be skipped.
 */
class HtmlInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void the_batch_report_renders_in_chromium_with_its_charts() throws Exception {
        assumeBrowser();
        Path page = scored("results.html", ExamplesTest.BATCH_EXPORT);
        Path screenshot = dir.resolve("page.png");
        // tall enough to reach the gap chart, which is on the second service's page, after the overview and the first
        chromium(page, "--window-size=1000,9000", "--screenshot=" + screenshot);
        assertThat(screenshot).as(Files.readString(dir.resolve("chromium.log"))).exists();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(pixels(image, 0x4b9480))
                .as("pixels of the darkest band's shade, in the overview and behind the bars")
                .isGreaterThan(2000);
        assertThat(pixels(image, 0x1f5fa8)).as("pixels of the charts' blue").isGreaterThan(2000);
        assertThat(pixels(image, 0xa3471a))
                .as("pixels of the second group's colour in the gap chart")
                .isGreaterThan(500);
        assertThat(pixels(image, 0x1a1a1a)).as("pixels of text").isGreaterThan(2000);
    }

    /**
     * On a wide screen the overview of survey results takes the window's width, so that a service's name wraps at
     * most once: it was squeezed into the text's width, and "Northgate Homes tenants' panel" took four lines.
     */
    @Test
    void on_a_wide_screen_no_service_name_in_the_overview_takes_more_than_two_lines_and_each_verdict_one()
            throws Exception {
        assumeBrowser();
        Path page = scored("results.html", ExamplesTest.BATCH_EXPORT);
        // counts the lines of each service's name, and of its verdict, once the page is laid out, into attributes
        // that the dumped page shows
        String measure = "<script>function lines(cells) { return [...document.querySelectorAll(cells)].map(cell => {"
                + " const r = document.createRange(); r.selectNodeContents(cell); return new Set([...r"
                + ".getClientRects()].map(x => Math.round(x.top))).size; }).join(' '); } addEventListener('load', () =>"
                + " { document.body.dataset.names = lines('table.overview tbody th'); document.body.dataset.verdicts ="
                + " lines('table.overview td.verdict'); });</script>";
        String dom = laidOut(page, measure, "--window-size=1280,900");
        assertThat(linesOf(dom, "names"))
                .as("lines of each service's name")
                .hasSize(3)
                .allSatisfy(count -> assertThat(count).isBetween(1, 2));
        assertThat(linesOf(dom, "verdicts"))
                .as("lines of each verdict (\"Co-production\" broke at its hyphen)")
                .containsExactly(1, 1, 1);
    }

    /**
     * Found by a review: with 20 services the overview's sideways scroll bar was under its last row, off screen. A
     * long table now scrolls in a box no taller than the window: scrolled to it, the whole box is in view, and the
     * table scrolls inside it.
     */
    @Test
    void a_long_overview_scrolls_in_a_box_that_fits_the_window() throws Exception {
        assumeBrowser();
        List<String> lines = Files.readAllLines(Path.of(ExamplesTest.BATCH_EXPORT));
        StringBuilder export = new StringBuilder(lines.get(0)).append('\n');
        for (int service = 1; service <= 40; service++) {
            for (String row : lines.subList(1, 6)) {
                // the service is the second field, unquoted in every row of the example
                export.append(row.replaceFirst("^([^,]*),[^,]*,", "$1,Service " + service + ","))
                        .append('\n');
            }
        }
        Path csv = dir.resolve("forty.csv");
        Files.writeString(csv, export);
        Path page = scored("forty.html", csv.toString(), "--min-group-size", "1");
        String measure = "<script>addEventListener('load', () => { const box = document.querySelector("
                + "'.overview-scroll'); box.scrollIntoView(); const r = box.getBoundingClientRect();"
                + " document.body.dataset.fits = (r.bottom <= innerHeight + 1) + ' ' + (box.scrollHeight >"
                + " box.clientHeight); });</script>";
        String dom = laidOut(page, measure, "--window-size=1000,800");
        assertThat(dom).as("the box in view, and the table scrolling inside it").contains("data-fits=\"true true\"");
    }

    private static List<Integer> linesOf(String dom, String attribute) {
        java.util.regex.Matcher lines = java.util.regex.Pattern.compile("data-" + attribute + "=\"([0-9 ]+)\"")
                .matcher(dom);
        assertThat(lines.find()).as(dom).isTrue();
        return java.util.Arrays.stream(lines.group(1).split(" "))
                .map(Integer::valueOf)
                .toList();
    }

    /**
     * The first printed A4 page is the summary a manager takes to a meeting: the verdict, the first steps and the
     * principles chart (its caption, which only the chart has, and every label it draws), all on page 1. In the
     * bilingual report that is the Welsh summary, which comes first.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "northgate-tenants-panel-report.html",
                "riverside-recovery-college-report.html",
                "banc-amser-cwm-gwendraeth-report.html",
                "banc-amser-cwm-gwendraeth-report-cy-en.html"
            })
    void the_first_printed_page_holds_the_verdict_the_first_steps_and_the_principles_chart(String example)
            throws Exception {
        assumeBrowserAndPdfText();
        Path page = Path.of("examples", example);
        String html = Files.readString(page);
        String[] pages = printedPages(page);
        String first = plain(pages[0]);
        String verdict = firstMatch(html, "<h2 class=\"verdict\">(.*?)</h2>");
        String stepsHeading = firstMatch(html, "<h2>([^<]*)</h2>\\s*<ol>");
        String firstStep = firstMatch(html, "<h2>[^<]*</h2>\\s*<ol>\\s*<li>(.*?)</li>");
        String chart = firstMarkup(html, "(?s)<figure[^>]*>(.*?)</figure>");
        String caption = firstMatch(chart, "(?s)<figcaption>(.*?)</figcaption>");
        assertThat(first).as("page 1 of " + example).contains(verdict, stepsHeading, firstStep, caption);
        java.util.regex.Matcher label =
                java.util.regex.Pattern.compile("<text [^>]*>([^<]*)</text>").matcher(chart);
        int labels = 0;
        while (label.find()) {
            labels++;
            assertThat(first).as("the chart's label on page 1 of " + example).contains(plain(label.group(1)));
        }
        assertThat(labels).as("labels drawn in the chart").isGreaterThan(6);
        String later = plain(String.join(" ", java.util.Arrays.copyOfRange(pages, 1, pages.length)));
        assertThat(later).as("the chart's caption after page 1").doesNotContain(caption);
    }

    /**
     * Printed to A4 as a manager would for a meeting: no page ends with a heading, or with the sentence that
     * introduces a table, while the table itself starts on the next page; and it fits in seven pages.
     */
    @Test
    void the_assessment_report_prints_on_a4_with_headings_kept_with_their_tables() throws Exception {
        assumeBrowserAndPdfText();
        Path page = Path.of("examples/northgate-tenants-panel-report.html");
        String[] pages = printedPages(page);
        List<String> pageTexts =
                java.util.Arrays.stream(pages).filter(p -> !p.isBlank()).toList();
        assertThat(pageTexts).as("A4 pages").hasSizeBetween(3, 7);
        List<String> mustNotEndAPage = headingsAndTableIntroductions(Files.readString(page));
        assertThat(mustNotEndAPage).as("headings found in the page").hasSizeGreaterThan(10);
        for (int i = 0; i < pageTexts.size() - 1; i++) {
            List<String> lines = pageTexts
                    .get(i)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            String last = lines.get(lines.size() - 1).replaceAll("\\s+", " ");
            assertThat(mustNotEndAPage)
                    .as("page " + (i + 1) + " ends with: " + last)
                    .noneMatch(t -> t.contains(last));
        }
    }

    /**
     * The page as Chromium holds it once laid out in a window of the size given, after {@code script} (which writes
     * what it measures into attributes of the page) has run on it.
     */
    private String laidOut(Path page, String script, String windowSize) throws Exception {
        Files.writeString(page, Files.readString(page).replace("</body>", script + "</body>"));
        chromium(page, windowSize, "--dump-dom");
        return Files.readString(dir.resolve("chromium.log"));
    }

    /** Skips the test without Chromium, except in CI, where it must run. */
    private static void assumeBrowser() {
        boolean required = "1".equals(System.getenv("COPROD_REQUIRE_BROWSER"));
        assumeTrue(required || Files.isExecutable(CHROMIUM), "Chromium is not installed");
    }

    /** The HTML results of {@code coprod score ARGS}, written to {@code name} in the test's folder. */
    private Path scored(String name, String... args) {
        Path page = dir.resolve(name);
        List<String> command = new java.util.ArrayList<>(List.of("score"));
        command.addAll(List.of(args));
        command.addAll(List.of("-o", page.toString()));
        assertThat(CliTest.run(command.toArray(String[]::new)).code()).isZero();
        return page;
    }

    private static void assumeBrowserAndPdfText() {
        boolean required = "1".equals(System.getenv("COPROD_REQUIRE_BROWSER"));
        assumeTrue(
                required
                        || Files.isExecutable(CHROMIUM)
                                && Programs.onPath("pdftotext").isPresent(),
                "Chromium or pdftotext is not installed");
    }

    /** The page printed to A4 by Chromium, as the text of each PDF page (pdftotext, keeping the layout). */
    private String[] printedPages(Path page) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        Files.deleteIfExists(pdf);
        chromium(page.toAbsolutePath(), "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String[] pages =
                new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\f");
        assertThat(text.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return pages;
    }

    /** The text of the first match's group, as it reads on the page. */
    private static String firstMatch(String html, String regex) {
        return plain(firstMarkup(html, regex));
    }

    private static String firstMarkup(String html, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("found in the page: " + regex).isTrue();
        return m.group(1);
    }

    /** Headless Chromium, with the network off, on a page, doing what the options say; waits until it is done. */
    private void chromium(Path page, String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless=old",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(options));
        command.add(page.toUri().toString());
        Process chromium = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS))
                .as("Chromium finished")
                .isTrue();
    }

    private static List<String> headingsAndTableIntroductions(String html) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(?s)<h[23][^>]*>(.*?)</h[23]>(?:\\s*<p[^>]*>(.*?)</p>\\s*<table)?")
                .matcher(html);
        while (m.find()) {
            found.add(plain(m.group(1)));
            if (m.group(2) != null) {
                found.add(plain(m.group(2)));
            }
        }
        return found;
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y) & 0xffffff, rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 12) {
                return false;
            }
        }
        return true;
    }
}
