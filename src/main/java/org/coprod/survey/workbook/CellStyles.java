package org.coprod.survey.workbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What each cell style ({@code s="3"} on a cell) makes of a number: a plain number, a percentage, a date or a time. */
final class CellStyles {
    static final byte GENERAL = 0;
    static final byte PERCENT = 1;
    static final byte DATE = 2;
    static final byte TIME = 3;
    static final byte DATE_TIME = 4;
    private static final CellStyles NONE = new CellStyles(new byte[0]);

    private final byte[] kinds;

    private CellStyles(byte[] kinds) {
        this.kinds = kinds;
    }

    static CellStyles none() {
        return NONE;
    }

    byte kindOf(int style) {
        return style >= 0 && style < kinds.length ? kinds[style] : GENERAL;
    }

    /** From styles.xml: the number formats it defines, and the format of each cell style ({@code <cellXfs>}). */
    static CellStyles read(XMLStreamReader xml) throws XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        byte[] kinds = new byte[16];
        int count = 0;
        boolean inCellStyles = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmt" ->
                        formats.put(
                                number(xml.getAttributeValue(null, "numFmtId")),
                                String.valueOf(xml.getAttributeValue(null, "formatCode")));
                    case "cellXfs" -> inCellStyles = true;
                    case "xf" -> {
                        if (inCellStyles) {
                            kinds = count == kinds.length ? Arrays.copyOf(kinds, count * 2) : kinds;
                            int format = number(xml.getAttributeValue(null, "numFmtId"));
                            kinds[count++] =
                                    formats.containsKey(format) ? kindOf(formats.get(format)) : builtInKind(format);
                        }
                    }
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && xml.getLocalName().equals("cellXfs")) {
                inCellStyles = false;
            }
        }
        return new CellStyles(Arrays.copyOf(kinds, count));
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Excel's built-in formats, which styles.xml names by number only (ECMA-376 part 1, 18.8.30). */
    static byte builtInKind(int format) {
        if (format == 9 || format == 10) {
            return PERCENT;
        }
        if (format == 22) {
            return DATE_TIME;
        }
        if (format >= 18 && format <= 21 || format >= 45 && format <= 47) {
            return TIME;
        }
        if (format >= 14 && format <= 17 || format >= 27 && format <= 36 || format >= 50 && format <= 58) {
            return DATE;
        }
        return GENERAL;
    }

    /** The kind of a format code such as "m/d/yy h:mm", "0.0%" or "#,##0", from its first section. */
    static byte kindOf(String code) {
        String letters = visibleCode(code).toLowerCase(Locale.ROOT);
        boolean date = letters.indexOf('y') >= 0 || letters.indexOf('d') >= 0;
        boolean time = letters.indexOf('h') >= 0 || letters.indexOf('s') >= 0;
        if (date || time) {
            return date && time ? DATE_TIME : date ? DATE : TIME;
        }
        if (letters.indexOf('m') >= 0) {
            return DATE;
        }
        return letters.indexOf('%') >= 0 ? PERCENT : GENERAL;
    }

    /**
     * The first section of a format code without what is shown as it is: quoted text, escaped characters, and
     * bracketed colours and locales ({@code [Red]}, {@code [$-409]}); elapsed time such as {@code [h]} stays.
     */
    private static String visibleCode(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ';') {
                break;
            } else if (c == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = code.indexOf(']', i + 1);
                String inside = code.substring(i + 1, close < 0 ? code.length() : close);
                if (inside.matches("(?i)[hms]+")) {
                    out.append(inside);
                }
                i = close < 0 ? code.length() : close;
            } else {
                out.append(c);
            }
        }
        return out.toString().equalsIgnoreCase("general") ? "" : out.toString();
    }
}
