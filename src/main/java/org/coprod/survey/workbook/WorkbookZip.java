package org.coprod.survey.workbook;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's zip, whose parts are read with limits against zip bombs: a part may unpack to at most
 * {@link #MOST_RATIO} times its packed size (plus {@link #SMALL_PART}, as small parts pack very tightly), counted on
 * the bytes actually unpacked rather than on the sizes the zip claims. Real workbooks stay far below: a survey sheet of
 * the same few answers over and over packs about 15 to 1.
 */
final class WorkbookZip implements AutoCloseable {
    static final int MOST_RATIO = 200;
    static final long SMALL_PART = 1L << 20;
    private static final XMLInputFactory XML = safeFactory();

    private final ZipFile zip;
    private final Refusals refusals;

    WorkbookZip(Path file, Refusals refusals) {
        this.refusals = refusals;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw refusals.damaged();
        } catch (IOException e) {
            throw new org.coprod.io.FileAccessException(
                    refusals.words().get("workbook.cannot-read", file, e.getMessage()), e);
        }
    }

    /** The JDK's own StAX parser, whatever else is on the class path, with no DTD and no external entity. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** A part's XML, or empty when the zip has no such part. */
    Optional<Part> xml(String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            Bounded in =
                    new Bounded(zip.getInputStream(entry), Math.max(entry.getCompressedSize(), 0), entry.getSize());
            return Optional.of(new Part(in, XML.createXMLStreamReader(text(in))));
        } catch (IOException | XMLStreamException e) {
            throw refusals.damaged();
        }
    }

    /**
     * A part's text, decoded here rather than by the parser, whose own decoder prints a "[Fatal Error]" line on stderr
     * at a bad byte: UTF-16 after its byte-order mark, which the standard allows, and UTF-8 otherwise.
     */
    private static Reader text(InputStream in) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        bytes.mark(3);
        int first = bytes.read();
        int second = bytes.read();
        int third = bytes.read();
        bytes.reset();
        if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
            return new InputStreamReader(bytes, StandardCharsets.UTF_16.newDecoder());
        }
        if (first == 0xEF && second == 0xBB && third == 0xBF) {
            bytes.skipNBytes(3);
        }
        return new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder());
    }

    /** An open part: its XML and how much of it has been unpacked. */
    record Part(Bounded bytes, XMLStreamReader xml) implements AutoCloseable {
        @Override
        public void close() {
            try {
                xml.close();
                bytes.close();
            } catch (XMLStreamException | IOException ignored) {
                // only read from
            }
        }
    }

    /** A part's bytes as they are unpacked, refused as a zip bomb once they pass the limit. */
    final class Bounded extends FilterInputStream {
        private final long most;
        /** The unpacked size the zip claims (-1 when it does not say), for progress only: it may lie. */
        private final long claimedSize;

        private volatile long unpacked;

        Bounded(InputStream in, long packedSize, long claimedSize) {
            super(in);
            this.claimedSize = claimedSize;
            this.most = SMALL_PART + MOST_RATIO * packedSize;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException | java.io.EOFException e) {
                throw refusals.damaged();
            }
            if (n > 0) {
                unpacked += n;
                if (unpacked > most) {
                    throw refusals.refuse("workbook.zip-bomb", MOST_RATIO);
                }
            }
            return n;
        }

        /** How much of the part has been read, from 0 to 1 (0 when the zip does not say its size). */
        double fractionRead() {
            return claimedSize <= 0 ? 0 : Math.min(1.0, (double) unpacked / claimedSize);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only read from
        }
    }
}
