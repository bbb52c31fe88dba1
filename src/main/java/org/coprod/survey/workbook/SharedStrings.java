package org.coprod.survey.workbook;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's table of strings, which cells name by number: kept as the CSV fields they become, one after another
 * in one array, so that a table of many answers costs little more than its text.
 */
final class SharedStrings {
    /** Far beyond the distinct answers of any survey; a limit so that one workbook cannot take all the memory. */
    static final int MOST_BYTES = 64 * 1024 * 1024;

    private static final SharedStrings NONE = new SharedStrings(new ByteSink(0), new int[] {0}, 0);

    private final ByteSink fields;
    private final int[] starts;
    private final int count;

    private SharedStrings(ByteSink fields, int[] starts, int count) {
        this.fields = fields;
        this.starts = starts;
        this.count = count;
    }

    static SharedStrings none() {
        return NONE;
    }

    int count() {
        return count;
    }

    /** Writes string {@code index} as a CSV field; false when there is no such string. */
    boolean writeTo(ByteSink out, int index) {
        if (index < 0 || index >= count) {
            return false;
        }
        out.write(fields.array(), starts[index], starts[index + 1] - starts[index]);
        return true;
    }

    /** From sharedStrings.xml; null when its text passes {@link #MOST_BYTES}. */
    static SharedStrings read(XMLStreamReader xml) throws XMLStreamException {
        ByteSink fields = new ByteSink(1 << 16);
        int[] starts = new int[1024];
        int count = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT
                    && xml.getLocalName().equals("si")) {
                fields.writeField(CellText.richText(xml));
                if (fields.size() > MOST_BYTES) {
                    return null;
                }
                if (count + 2 > starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[++count] = fields.size();
            }
        }
        return new SharedStrings(fields, starts, count);
    }
}
