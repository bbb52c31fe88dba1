package org.coprod.core.words;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Letters without their accents, so that what people type matches what a questionnaire or an export says however
 * either is accented: Welsh keyboards often lack ŵ and ŷ, so "dim yn gwybod" must find "dim yn gŵybod", and
 * "Cafe" must find "Café". Every comparison of answers and headings passes here, so both sides fold alike.
 */
public final class Accents {
    /** Combining marks: circumflexes, diaereses, acute and grave accents and the rest, once split from their letters. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {}

    /** The text with every accent taken off its letter (ŵ is w, Â is A, ï is i); other characters are kept. */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text; // nearly every cell of an English export: no need to decompose it
        }
        String marksApart = Normalizer.normalize(text, Normalizer.Form.NFD);
        // composed again, so that scripts whose letters decompose into letters (Korean) read as before
        return Normalizer.normalize(MARKS.matcher(marksApart).replaceAll(""), Normalizer.Form.NFC);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
