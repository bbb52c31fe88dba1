package org.coprod.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.coprod.core.words.Words;

/**
 * An Excel workbook (.xlsx, as Microsoft Forms, Qualtrics, SurveyMonkey and Google Sheets download), read with the
 * JDK's own zip and StAX parser: one sheet is turned into CSV text as it is read, so that everything after it reads
 * a workbook exactly as the same sheet saved as CSV, within the same memory. See the README, "Libraries", for why no
 * library does this.
 */
public final class Workbook {
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    /** The stream an encrypted .xlsx keeps its zip in, inside an OLE2 file; its name is written in UTF-16. */
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    private static final String RELATIONSHIPS = "_rels/.rels";
    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

    private Workbook() {}

    /**
     * The sheet named {@code sheet} (or the first one shown) of the file as CSV text, when the file is a workbook;
     * empty when it is not a workbook, so is read as text. A workbook coprod cannot read (an old .xls, an encrypted
     * or damaged one, a zip bomb, a sheet with no rows) is refused with a plain message naming the file.
     */
    public static Optional<SheetCsv> open(Path file, Optional<String> sheet, Words words) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(OLE2.length);
        }
        Refusals refusals = new Refusals(file, words);
        if (java.util.Arrays.equals(start, OLE2)) {
            throw refusals.refuse(encrypted(file) ? "workbook.encrypted" : "workbook.old-xls");
        }
        if (!isZip(start)) {
            return Optional.empty();
        }
        WorkbookZip zip = new WorkbookZip(file, refusals);
        try {
            return Optional.of(new Workbook.Reading(zip, refusals).sheet(sheet));
        } catch (XMLStreamException e) {
            zip.close();
            throw refusals.damaged();
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** A zip's first bytes: a local file header, or the end record of an empty zip. */
    private static boolean isZip(byte[] start) {
        return start.length >= 4
                && start[0] == 'P'
                && start[1] == 'K'
                && (start[2] == 3 && start[3] == 4 || start[2] == 5 && start[3] == 6);
    }

    /** Whether an OLE2 file holds an encrypted .xlsx (Excel's "Encrypt with Password") rather than an old .xls. */
    private static boolean encrypted(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(16 * 1024 * 1024);
        }
        outer:
        for (int i = 0; i + ENCRYPTED_PACKAGE.length <= bytes.length; i++) {
            for (int k = 0; k < ENCRYPTED_PACKAGE.length; k++) {
                if (bytes[i + k] != ENCRYPTED_PACKAGE[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A sheet as workbook.xml lists it: its name, whether it is shown, and the part that holds it. */
    private record SheetEntry(String name, boolean shown, String relationship) {}

    /** A relationship of one part to another: its kind (the end of its type) and the part it leads to. */
    private record Relationship(String kind, String target) {}

    /** The workbook's parts, found through its relationships as Excel writes them. */
    private static final class Reading {
        private final WorkbookZip zip;
        private final Refusals refusals;

        Reading(WorkbookZip zip, Refusals refusals) {
            this.zip = zip;
            this.refusals = refusals;
        }

        SheetCsv sheet(Optional<String> wanted) throws XMLStreamException {
            String workbookPart = relationships("", RELATIONSHIPS).values().stream()
                    .filter(r -> r.kind().equals("officeDocument"))
                    .map(Relationship::target)
                    .findFirst()
                    .orElse(DEFAULT_WORKBOOK);
            if (!zip.has(workbookPart)) {
                throw refusals.refuse(
                        zip.has("mimetype") && zip.has("content.xml")
                                ? "workbook.opendocument"
                                : "workbook.not-a-workbook");
            }
            String folder = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
            Map<String, Relationship> parts =
                    relationships(folder, folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels");
            List<SheetEntry> sheets = new ArrayList<>();
            boolean date1904;
            try (WorkbookZip.Part workbook = zip.xml(workbookPart).orElseThrow()) {
                date1904 = readSheets(workbook.xml(), sheets);
            }
            List<SheetEntry> tables = sheets.stream()
                    .filter(s -> isKind(parts.get(s.relationship()), "worksheet"))
                    .toList();
            SheetEntry chosen = wanted.map(name -> named(name, sheets))
                    .orElseGet(() -> tables.stream()
                            .filter(SheetEntry::shown)
                            .findFirst()
                            .or(() -> tables.stream().findFirst())
                            .orElseThrow(() -> refusals.refuse("workbook.no-sheets")));
            if (!tables.contains(chosen)) {
                throw refusals.refuse("workbook.not-a-table", chosen.name());
            }
            String sheetPart = parts.get(chosen.relationship()).target();
            WorkbookZip.Part sheet = zip.xml(sheetPart).orElseThrow(refusals::damaged);
            List<String> others = tables.stream()
                    .filter(table -> table != chosen)
                    .map(SheetEntry::name)
                    .toList();
            return new SheetCsv(
                    zip, sheet, chosen.name(), sharedStrings(parts), styles(parts), date1904, refusals, others);
        }

        private SheetEntry named(String name, List<SheetEntry> sheets) {
            return sheets.stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .or(() -> sheets.stream()
                            .filter(s -> s.name().strip().equalsIgnoreCase(name.strip()))
                            .findFirst())
                    .orElseThrow(() -> refusals.refuse(
                            "workbook.no-such-sheet",
                            name,
                            refusals.words()
                                    .and(sheets.stream()
                                            .map(s -> "'" + s.name() + "'")
                                            .toList())));
        }

        private static boolean isKind(Relationship relationship, String kind) {
            return relationship != null && relationship.kind().equals(kind);
        }

        private SharedStrings sharedStrings(Map<String, Relationship> parts) throws XMLStreamException {
            Optional<String> part = partOfKind(parts, "sharedStrings");
            if (part.isEmpty() || !zip.has(part.get())) {
                return SharedStrings.none();
            }
            try (WorkbookZip.Part strings = zip.xml(part.get()).orElseThrow()) {
                SharedStrings read = SharedStrings.read(strings.xml());
                if (read == null) {
                    throw refusals.refuse("workbook.too-many-strings", SharedStrings.MOST_BYTES / (1024 * 1024));
                }
                return read;
            }
        }

        private CellStyles styles(Map<String, Relationship> parts) throws XMLStreamException {
            Optional<String> part = partOfKind(parts, "styles");
            if (part.isEmpty() || !zip.has(part.get())) {
                return CellStyles.none();
            }
            try (WorkbookZip.Part styles = zip.xml(part.get()).orElseThrow()) {
                return CellStyles.read(styles.xml());
            }
        }

        private static Optional<String> partOfKind(Map<String, Relationship> parts, String kind) {
            return parts.values().stream()
                    .filter(r -> r.kind().equals(kind))
                    .map(Relationship::target)
                    .findFirst();
        }

        /** The sheets in the order of their tabs; true when dates count from 1904 (as on old Macs). */
        private static boolean readSheets(XMLStreamReader xml, List<SheetEntry> sheets) throws XMLStreamException {
            boolean date1904 = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    String state = xml.getAttributeValue(null, "state");
                    sheets.add(new SheetEntry(
                            String.valueOf(xml.getAttributeValue(null, "name")),
                            state == null || state.equals("visible"),
                            relationshipId(xml)));
                }
            }
            return date1904;
        }

        /** The r:id attribute, in whichever namespace the workbook's writer put it (transitional or strict). */
        private static String relationshipId(XMLStreamReader xml) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
                    return xml.getAttributeValue(i);
                }
            }
            return "";
        }

        /** The relationships of a part, by id, their targets resolved against {@code folder}. */
        private Map<String, Relationship> relationships(String folder, String part) throws XMLStreamException {
            Map<String, Relationship> found = new HashMap<>();
            Optional<WorkbookZip.Part> rels = zip.xml(part);
            if (rels.isEmpty()) {
                return found;
            }
            try (WorkbookZip.Part open = rels.get()) {
                XMLStreamReader xml = open.xml();
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("Relationship")) {
                        String type = String.valueOf(xml.getAttributeValue(null, "Type"));
                        found.put(
                                String.valueOf(xml.getAttributeValue(null, "Id")),
                                new Relationship(
                                        type.substring(type.lastIndexOf('/') + 1),
                                        resolve(folder, String.valueOf(xml.getAttributeValue(null, "Target")))));
                    }
                }
            }
            return found;
        }

        /** A relationship's target as a name in the zip: absolute from the zip's root, or relative to the part's folder. */
        static String resolve(String folder, String target) {
            String path = target.startsWith("/") ? target.substring(1) : folder + target;
            List<String> kept = new ArrayList<>();
            for (String step : path.split("/")) {
                if (step.equals("..")) {
                    if (!kept.isEmpty()) {
                        kept.remove(kept.size() - 1);
                    }
                } else if (!step.isEmpty() && !step.equals(".")) {
                    kept.add(step);
                }
            }
            return String.join("/", kept);
        }
    }
}
