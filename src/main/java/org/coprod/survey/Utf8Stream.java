package org.coprod.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The text of a reader as UTF-8 bytes: exports in UTF-16 or Windows-1252 are re-encoded as they are read, so that
 * one tokenizer, working on UTF-8 bytes, reads them all.
 */
final class Utf8Stream extends InputStream {
    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean endOfInput;
    private boolean flushed;

    Utf8Stream(Reader in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            encodeMore();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private void encodeMore() throws IOException {
        if (!endOfInput) {
            int read = in.read(chars.array(), chars.position(), chars.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                chars.position(chars.position() + read);
            }
        }
        chars.flip();
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, endOfInput);
        if (endOfInput && result.isUnderflow()) {
            result = encoder.flush(bytes);
            flushed = result.isUnderflow();
        }
        if (result.isError()) {
            result.throwException();
        }
        chars.compact();
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
