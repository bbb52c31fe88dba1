package org.coprod.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.coprod.core.words.Words;

/**
 * Reads small text files (questionnaires, answers files) safely: a missing path, a folder, an empty or binary
 * file, a file too large or not UTF-8 each give one clear problem instead of an exception from deep inside a parser.
 */
public final class TextFiles {
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private TextFiles() {}

    /** The text of a file; what is wrong with it is told in {@code words}. */
    public static String read(Path path, Words words) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new FileAccessException(words.get("io.read.folder", name));
        }
        try (InputStream in = Files.newInputStream(path)) {
            if (Files.isRegularFile(path) && Files.size(path) > MAX_BYTES) {
                throw tooLarge(name, Files.size(path), words);
            }
            // counted while read, not asked of the file system: a device or a pipe has no size
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw invalid(name, 0, words.get("io.read.over-size", MAX_BYTES / 1048576));
            }
            return decode(name, bytes, words);
        } catch (NoSuchFileException e) {
            throw new FileAccessException(words.get("io.read.no-file", name));
        } catch (AccessDeniedException e) {
            throw new FileAccessException(words.get("io.read.denied", name));
        } catch (IOException e) {
            throw new FileAccessException(words.get("io.read.failed", name, e.getMessage()), e);
        }
    }

    /** The text of a file coprod carries in itself, named {@code shownName} in messages. */
    public static String readResource(String resource, String shownName, Words words) {
        try (InputStream in = TextFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileAccessException(words.get("io.read.built-in-missing", shownName));
            }
            return decode(shownName, in.readAllBytes(), words);
        } catch (IOException e) {
            throw new FileAccessException(words.get("io.read.built-in-failed", shownName, e.getMessage()), e);
        }
    }

    /** Checks and decodes bytes that should be UTF-8 text; a byte-order mark is dropped. */
    public static String decode(String name, byte[] bytes, Words words) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length, words);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw invalid(name, 0, words.get("io.read.utf-16"));
        }
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw invalid(name, 0, words.get("io.read.binary"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int badByte = firstInvalidUtf8(bytes, start);
            throw invalid(name, lineOf(bytes, badByte), words.get("io.read.not-utf-8", badByte + 1));
        }
        if (text.isBlank()) {
            throw invalid(name, 0, words.get("io.read.empty"));
        }
        return text;
    }

    private static InvalidInputException tooLarge(String name, long size, Words words) {
        return invalid(
                name,
                0,
                words.get(
                        "io.read.too-large",
                        String.format(Locale.ROOT, "%.1f", size / 1048576.0),
                        MAX_BYTES / 1048576));
    }

    private static InvalidInputException invalid(String name, int line, String message) {
        return new InvalidInputException(new Problem(name, line, 0, message));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where the first byte that is not UTF-8 stands, from 0. */
    public static int firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** The line, from 1, on which a byte stands. */
    public static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
