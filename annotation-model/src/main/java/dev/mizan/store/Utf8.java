package dev.mizan.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where a file stops being UTF-8. */
public final class Utf8 {
    private Utf8() {
    }

    /** Thrown with the byte offset of the first invalid sequence. */
    public static final class InvalidUtf8Exception extends Exception {
        private final long byteOffset;

        InvalidUtf8Exception(long byteOffset) {
            super("invalid UTF-8 at byte " + byteOffset);
            this.byteOffset = byteOffset;
        }

        public long byteOffset() {
            return byteOffset;
        }
    }

    public static String decode(byte[] bytes) throws InvalidUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 16L));
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position());
        }
        return out.flip().toString();
    }

    /** Decodes, or throws with the byte offset in the message. */
    public static String decodeOrThrow(byte[] bytes) throws CharacterCodingException {
        try {
            return decode(bytes);
        } catch (InvalidUtf8Exception e) {
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return e.getMessage();
                }
            };
        }
    }
}
