package org.coprod.survey.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A cell's text as the person typed it and sees it: a number without a ".0" added or binary noise (Excel keeps 15
 * significant digits, so 0.30000000000000004 is 0.3), a percentage as one, a date or time as an ISO date and 24-hour
 * time, a string with Excel's escapes of control characters (such as {@code _x000D_} for a carriage return) undone.
 */
final class CellText {
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final int MOST_PLAIN_DIGITS = 15;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    /** Before 1 March 1900, for Excel's 29 February 1900, which never was. */
    private static final LocalDate EPOCH_1900_EARLY = LocalDate.of(1899, 12, 31);

    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int SECONDS_A_DAY = 86_400;

    private CellText() {}

    /** The text of a number cell stored as {@code raw}, shown in the way its style's kind says. */
    static String number(String raw, byte kind, boolean date1904) {
        return switch (kind) {
            case CellStyles.PERCENT -> percent(raw);
            case CellStyles.DATE, CellStyles.TIME, CellStyles.DATE_TIME -> dateOrTime(raw, kind, date1904);
            default -> general(raw);
        };
    }

    /** A number as Excel's General format shows what was typed: up to 15 significant digits, no trailing zeros. */
    static String general(String raw) {
        if (isPlain(raw)) {
            return raw;
        }
        try {
            return plain(new BigDecimal(raw.strip()));
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String plain(BigDecimal number) {
        BigDecimal rounded = number.round(EXCEL_DIGITS).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Digits with at most one point, no more than Excel keeps, nothing to strip: nearly every answer code. */
    private static boolean isPlain(String raw) {
        int length = raw.length();
        if (length == 0 || length > MOST_PLAIN_DIGITS) {
            return false;
        }
        int from = raw.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        for (int i = from; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        boolean leadingZero = raw.charAt(from) == '0' && length > from + 1 && point != from + 1;
        boolean trailingZero = point >= 0 && (raw.charAt(length - 1) == '0' || point == length - 1);
        boolean negativeZero = from == 1 && raw.chars().skip(1).allMatch(c -> c == '0' || c == '.');
        return length > from && point != from && !leadingZero && !trailingZero && !negativeZero;
    }

    private static String percent(String raw) {
        try {
            return plain(new BigDecimal(raw.strip()).movePointRight(2)) + "%";
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String dateOrTime(String raw, byte kind, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (!(serial >= 0 && serial < 3_000_000)) {
            return general(raw);
        }
        long seconds = Math.round(serial * SECONDS_A_DAY);
        long days = seconds / SECONDS_A_DAY;
        int secondOfDay = (int) (seconds % SECONDS_A_DAY);
        LocalDate epoch = date1904 ? EPOCH_1904 : days < 61 ? EPOCH_1900_EARLY : EPOCH_1900;
        String date = epoch.plusDays(days).toString();
        String time = twoDigits(secondOfDay / 3600)
                + ':'
                + twoDigits(secondOfDay / 60 % 60)
                + ':'
                + twoDigits(secondOfDay % 60);
        return kind == CellStyles.DATE ? date : kind == CellStyles.TIME ? time : date + ' ' + time;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * The text of a string item, the reader standing on its start ({@code <si>} or {@code <is>}): its {@code <t>}, or
     * the {@code <t>} of each of its rich-text runs one after another, leaving out phonetic guides ({@code <rPh>}).
     */
    static String richText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phonetic = depth;
                } else if (name.equals("t") && phonetic == 0) {
                    text.append(xml.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == phonetic) {
                    phonetic = 0;
                }
                depth--;
            }
        }
        return unescape(text.toString());
    }

    /** Undoes Excel's {@code _xHHHH_} escapes of characters XML cannot hold; a NUL is left out. */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; at >= 0; at = text.indexOf("_x", at + 1)) {
            if (at < from || at + 7 > text.length() || text.charAt(at + 6) != '_' || !isHex(text, at + 2, at + 6)) {
                continue;
            }
            out.append(text, from, at);
            char c = (char) Integer.parseInt(text, at + 2, at + 6, 16);
            if (c != 0) {
                out.append(c);
            }
            from = at + 7;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
