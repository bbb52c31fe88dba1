package org.coprod.core.words;

import java.util.Locale;

/**
 * Which form of a word a count takes in a language, by the CLDR plural categories: English has "one" and "other";
 * Welsh has "zero", "one", "two", "few" (3), "many" (6) and "other".
 */
enum PluralRule {
    ENGLISH {
        @Override
        String category(long n) {
            return n == 1 ? "one" : "other";
        }
    },
    WELSH {
        @Override
        String category(long n) {
            return switch ((int) Math.min(n, 7)) {
                case 0 -> "zero";
                case 1 -> "one";
                case 2 -> "two";
                case 3 -> "few";
                case 6 -> "many";
                default -> "other";
            };
        }
    };

    abstract String category(long n);

    static PluralRule of(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }
}
