package org.coprod.app;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML page from the pages of one report in several languages: the first page's head, then each page's content
 * in a section marked with its language, so that screen readers speak each part in its own language, a reader can
 * jump to a language (#cy, #en), and each language starts a new printed page.
 */
final class BilingualHtml {
    private static final String BODY_START = "<body>\n<main>\n";
    /** The end of the report itself: a survey's page has its sorting script after it, which the joined page keeps once. */
    private static final String MAIN_END = "</main>\n";

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>");
    /**
     * The ids a page gives its charts and its overview table: each page has the same ones (charts are counted from 1),
     * so each language's are prefixed with its tag.
     */
    private static final Pattern PAGE_ID = Pattern.compile("(id=\"|aria-labelledby=\"|title )(chart-\\d+-|overview)");

    private static final String PRINT_STYLE =
            "<style>\nsection[lang] + section[lang] { break-before: page; }\n</style>\n</head>";

    private BilingualHtml() {}

    static String join(List<String> tags, List<String> pages) {
        String first = pages.get(0);
        int headEnd = first.indexOf("</head>");
        int bodyStart = first.indexOf(BODY_START, headEnd);
        StringBuilder out = new StringBuilder(first.substring(0, headEnd));
        out.append(PRINT_STYLE).append(first, headEnd + "</head>".length(), bodyStart + BODY_START.length());
        for (int i = 0; i < pages.size(); i++) {
            String tag = tags.get(i);
            out.append("<section lang=\"")
                    .append(tag)
                    .append("\" id=\"")
                    .append(tag)
                    .append("\">\n")
                    .append(PAGE_ID.matcher(content(pages.get(i)))
                            .replaceAll("$1" + Matcher.quoteReplacement(tag) + "-$2"))
                    .append("</section>\n");
        }
        out.append(first.substring(first.lastIndexOf(MAIN_END)));
        return withTitles(out.toString(), pages);
    }

    /** What is between {@code <main>} and {@code </main>}: the report itself. */
    private static String content(String page) {
        return page.substring(page.indexOf(BODY_START) + BODY_START.length(), page.lastIndexOf(MAIN_END));
    }

    /** The page's title in every language, as "Adroddiad / Report". */
    private static String withTitles(String page, List<String> pages) {
        List<String> titles = pages.stream()
                .map(TITLE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .distinct()
                .toList();
        return TITLE.matcher(page)
                .replaceFirst(Matcher.quoteReplacement("<title>" + String.join(" / ", titles) + "</title>"));
    }
}
