package org.coprod.survey;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a survey tool writes the answers of a scale as codes, for the codes that a questionnaire's own labels, values and
 * aliases do not explain. LimeSurvey codes the options of a list or array in order: A1, A2... up to version 3, AO01,
 * AO02... from version 5 (its defaults, which a survey keeps unless its author typed others). Qualtrics' "numeric
 * values" are the choices' places, 1, 2... (unless the survey's author recoded them). A code after the scale, such as
 * 6 and 7 or A6 and A7 after five answers, is usually "Not applicable" and "Don't know": only the user can say which.
 */
final class ToolCodes {
    private static final Pattern LIMESURVEY = Pattern.compile("(?i)(?:A|AO)0*([1-9][0-9]{0,2})");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("0*([1-9][0-9]{0,2})");

    private ToolCodes() {}

    /** The place (from 1) that a cell's code gives in its tool's way of coding a scale; empty when it is not one. */
    static OptionalInt place(Preset preset, String cell) {
        Pattern code = switch (preset) {
            case LIMESURVEY -> LIMESURVEY;
            case QUALTRICS -> WHOLE_NUMBER;
            default -> null;
        };
        if (code == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = code.matcher(cell.strip());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
