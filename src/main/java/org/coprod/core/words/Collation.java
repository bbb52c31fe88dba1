package org.coprod.core.words;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which a language sorts names, such as services in a report.
 *
 * <p>Welsh: the JDK has no Welsh rules, so they are written here, as the Unicode CLDR's Welsh collation gives them.
 * The Welsh alphabet is a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y: the eight digraphs are
 * letters of their own, so "Llandudno" comes after "Lyon", "Chwilog" after "Cwm" and "Rhyl" after "Ruthin", and an
 * accented letter sorts with its plain one (ŵ with w). As in CLDR, "ng" is always read as the letter ng; the few words
 * where n and g are two letters (Bangor) cannot be told apart by spelling alone.
 *
 * <p>Every other language keeps the order coprod has always used: letter by letter, ignoring case.
 */
public final class Collation {
    /** The Welsh letters after which each digraph comes, in every mix of case. */
    private static final String WELSH_RULES = "& C < ch, cH, Ch, CH & D < dd, dD, Dd, DD & F < ff, fF, Ff, FF"
            + " & G < ng, nG, Ng, NG & L < ll, lL, Ll, LL & P < ph, pH, Ph, PH & R < rh, rH, Rh, RH"
            + " & T < th, tH, Th, TH";

    private static final RuleBasedCollator WELSH = welsh();

    private Collation() {}

    /**
     * Names in the order of a language; two names that differ only in case or accents are kept apart (in
     * case-insensitive order), so the order is total and a sorted map keeps every name the plain order would.
     */
    public static Comparator<String> of(Locale locale) {
        if (!locale.getLanguage().equals("cy")) {
            return String.CASE_INSENSITIVE_ORDER;
        }
        Collator collator = (Collator) WELSH.clone(); // a collator is not safe to share between threads
        Comparator<String> welsh = collator::compare;
        return welsh.thenComparing(String.CASE_INSENSITIVE_ORDER);
    }

    /** The order of a language tag such as "cy" or "en-GB"; a blank one is English. */
    public static Comparator<String> forTag(String tag) {
        return of(tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag.strip()));
    }

    private static RuleBasedCollator welsh() {
        String root = ((RuleBasedCollator) Collator.getInstance(Locale.ROOT)).getRules();
        try {
            RuleBasedCollator collator = new RuleBasedCollator(root + WELSH_RULES);
            collator.setStrength(Collator.SECONDARY); // case apart: CASE_INSENSITIVE_ORDER decides between cases
            return collator;
        } catch (ParseException e) {
            throw new IllegalStateException("the Welsh collation rules do not parse", e);
        }
    }
}
