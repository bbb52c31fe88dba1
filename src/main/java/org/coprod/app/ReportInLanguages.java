package org.coprod.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coprod.report.Csv;
import org.coprod.report.Document;
import org.coprod.report.Report;

/**
 * One report written in several languages ({@code --language cy,en}), as Welsh public bodies publish: each language's
 * report whole, the first language first. Each is built on its own, in its questionnaire's language; {@link
 * ReportFormat} puts them together, marking which language each part is in.
 */
public record ReportInLanguages(List<Report> parts) implements Report {
    public ReportInLanguages {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one language");
        }
    }

    /** The report itself when it has one language only, else all of them together. */
    public static Report of(List<? extends Report> parts) {
        return parts.size() == 1 ? parts.get(0) : new ReportInLanguages(List.copyOf(parts));
    }

    /** The first language's document: the formats that put the languages together ask for each part's. */
    @Override
    public Document document() {
        return parts.get(0).document();
    }

    /**
     * The first language's report, with "language" saying which it is and "translations" holding each other
     * language's report whole, each with its own "language": every text field is in its report's language.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> first = inLanguage(parts.get(0));
        List<Map<String, Object>> translations = new ArrayList<>();
        parts.subList(1, parts.size()).forEach(part -> translations.add(inLanguage(part)));
        first.put("translations", translations);
        return first;
    }

    /**
     * Every language's rows under one header row, each row starting with a "language" column saying which language its
     * words are in, the first language's rows first. The figures are the same in every language's rows.
     */
    @Override
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        for (Report part : parts) {
            List<String> records = Csv.records(part.toCsv());
            if (out.isEmpty()) {
                out.append("language,").append(records.get(0)).append("\r\n");
            }
            String language = Csv.cell(languageOf(part));
            records.subList(1, records.size())
                    .forEach(row -> out.append(language).append(',').append(row).append("\r\n"));
        }
        return out.toString();
    }

    private static Map<String, Object> inLanguage(Report part) {
        Map<String, Object> json = new LinkedHashMap<>(part.toJson());
        json.put("language", languageOf(part));
        return json;
    }

    /** A part's language tag, such as "cy". */
    static String languageOf(Report part) {
        return part.document().language();
    }

    /** A language's name in that language ("Cymraeg", "English"), to head its part of the report. */
    static String nameOf(String tag) {
        return nameIn(tag, Locale.forLanguageTag(tag));
    }

    /** A language's name in another language, for a sentence in that one ("Welsh" in English, "Saesneg" in Welsh). */
    static String nameIn(String tag, Locale sentence) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(sentence);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(sentence) + name.substring(1);
    }
}
