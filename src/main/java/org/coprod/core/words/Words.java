package org.coprod.core.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one seam between coprod and the words it shows people: every heading, sentence, prompt and message is looked up
 * here by key, in the language of the questionnaire (or of {@code --language}).
 *
 * <p>A key's first part names its file: {@code report.verdict.heading} lives in {@code org/coprod/words/report.properties}
 * ({@code report_cy.properties} for Welsh). A language's file may leave a key out; the English one is then used, so a
 * half-translated language still works. Placeholders are {@code {0}}, {@code {1}} and so on, replaced as given: there
 * is no other escaping, so an apostrophe is written as itself. Numbers are formatted by the caller.
 *
 * <p>Counts: {@link #count} picks {@code key.one}, {@code key.other} (and for Welsh also {@code .zero}, {@code .two},
 * {@code .few}, {@code .many}) by {@link PluralRule}; a form a file does not give falls back to {@code .other}.
 */
public final class Words {
    private static final String FOLDER = "org.coprod.words.";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** One per language asked for; there are only ever a handful, so the map stays small. */
    private static final Map<Locale, Words> BY_LOCALE = new ConcurrentHashMap<>();

    private static final Words ENGLISH = of(Locale.ENGLISH);

    private final Locale locale;
    private final PluralRule plurals;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Words(Locale locale) {
        this.locale = locale;
        this.plurals = PluralRule.of(locale);
    }

    /** English, the language every key exists in. */
    public static Words english() {
        return ENGLISH;
    }

    /** The words of a language; a language coprod has no words for speaks English. */
    public static Words of(Locale locale) {
        String language = available().contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        // only languages with words files are kept, so questionnaires naming any language cannot grow the map
        return BY_LOCALE.computeIfAbsent(Locale.forLanguageTag(language), Words::new);
    }

    /** The words of a language tag such as "en", "cy" or "en-GB"; a blank or unknown tag speaks English. */
    public static Words forTag(String tag) {
        return tag == null || tag.isBlank() ? ENGLISH : of(Locale.forLanguageTag(tag.strip()));
    }

    /**
     * The tags of the languages coprod has words for, English first: a language counts once it has its own
     * {@code words_xx.properties}, the file every language needs (it joins lists), so that adding a language's files
     * is all it takes for {@code --language} to accept it.
     */
    public static List<String> available() {
        return Languages.AVAILABLE;
    }

    /** Looked for once, when first asked: a look-up per ISO language. */
    private static final class Languages {
        static final List<String> AVAILABLE = find();

        private static List<String> find() {
            List<String> tags = new ArrayList<>(List.of("en"));
            ClassLoader loader = Words.class.getClassLoader();
            for (String language : Locale.getISOLanguages()) {
                if (!language.equals("en")
                        && loader.getResource(FOLDER.replace('.', '/') + "words_" + language + ".properties") != null) {
                    tags.add(language);
                }
            }
            return List.copyOf(tags);
        }
    }

    /** Whether coprod has words for a language tag: "cy" once Welsh exists, and "en-GB" as English. */
    public static boolean isAvailable(String tag) {
        return tag != null
                && available().contains(Locale.forLanguageTag(tag.strip()).getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    /** The language's tag, such as "en" or "cy", for HTML's lang attribute and for files. */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** The order this language sorts names in, such as services (see {@link Collation}). */
    public java.util.Comparator<String> collation() {
        return Collation.of(locale);
    }

    /** The text of a key with its placeholders filled in. */
    public String get(String key, Object... args) {
        return fill(lookup(key), args);
    }

    /** Whether a key exists (in this language or in English). */
    public boolean has(String key) {
        try {
            lookup(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /**
     * A sentence about a count, in the form the language uses for that count: {@code {0}} is the count, later
     * placeholders are the further arguments, from {@code {1}}.
     */
    public String count(String key, long count, Object... args) {
        String form = key + "." + plurals.category(count);
        String text = has(form) ? lookup(form) : lookup(key + ".other");
        Object[] all = new Object[args.length + 1];
        all[0] = count;
        System.arraycopy(args, 0, all, 1, args.length);
        return fill(text, all);
    }

    /** "a", "a and b", "a, b and c" in this language. */
    public String and(List<String> parts) {
        return list(parts, "words.list.and");
    }

    /** "a", "a or b", "a, b or c" in this language. */
    public String or(List<String> parts) {
        return list(parts, "words.list.or");
    }

    private String list(List<String> parts, String lastJoinKey) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        List<String> head = new ArrayList<>(parts.subList(0, parts.size() - 1));
        String last = parts.get(parts.size() - 1);
        return String.join(lookup("words.list.comma"), head) + lookup(joinBefore(lastJoinKey, last)) + last;
    }

    /** The joining word's key, or its {@code .before-vowel} form, where it has one, before a vowel ("ac" for "a"). */
    private String joinBefore(String joinKey, String next) {
        String folded = Accents.fold(next.stripLeading()).toLowerCase(Locale.ROOT);
        boolean vowel = !folded.isEmpty() && "aeiouy".indexOf(folded.charAt(0)) >= 0;
        return vowel && has(joinKey + ".before-vowel") ? joinKey + ".before-vowel" : joinKey;
    }

    /**
     * One words file of this language (falling back to English key by key) as a {@link ResourceBundle}, for a library
     * that looks words up itself: picocli reads the help from {@code coprod}.
     */
    public ResourceBundle bundle(String file) {
        return bundles.computeIfAbsent(file, f -> ResourceBundle.getBundle(FOLDER + f, locale, NO_DEFAULT_LOCALE));
    }

    private String lookup(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("A key names its file first, as in report.heading", FOLDER, key);
        }
        return bundle(key.substring(0, dot)).getString(key);
    }

    /** Replaces {0}, {1}... by the arguments; any other brace is left as it is. */
    static String fill(String text, Object... args) {
        if (args.length == 0 || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * args.length);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            int index = close > i + 1 ? argumentIndex(text, i + 1, close) : -1;
            if (index >= 0 && index < args.length) {
                out.append(args[index]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int argumentIndex(String text, int from, int to) {
        if (to - from > 2) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char d = text.charAt(i);
            if (d < '0' || d > '9') {
                return -1;
            }
            value = value * 10 + (d - '0');
        }
        return value;
    }
}
