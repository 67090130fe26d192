package com.campaigntracker.plan.excel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of an uploaded table file, in the encoding it was saved in: a byte order mark says which
 * (UTF-8, or UTF-16 as Excel's "Unicode text" writes); without one the bytes are decoded strictly as UTF-8
 * and, when that fails, as GB18030 (which contains GBK: what Excel writes as "CSV" on Chinese Windows).
 * Bytes that are neither, or text holding control characters, are no text.
 */
final class TableText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TableText() {
    }

    /** The text, or null when the bytes are not text in any of these encodings. */
    static String decode(byte[] bytes) {
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            text = strictly(bytes, 3, StandardCharsets.UTF_8);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = strictly(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = strictly(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            text = strictly(bytes, 0, StandardCharsets.UTF_8);
            if (text == null) {
                text = strictly(bytes, 0, GB18030);
            }
        }
        return text != null && isText(text) ? text : null;
    }

    /** An HTML page (a "web archive" saved under a table's name). */
    static boolean isWebPage(String text) {
        String start = text.substring(0, Math.min(text.length(), 2048)).strip().toLowerCase(Locale.ROOT);
        return start.startsWith("<") && (start.contains("<html") || start.contains("<table")
                || start.contains("<!doctype html"));
    }

    private static String strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Binary files decode as something in many encodings; their control characters give them away. */
    private static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c == 0xFFFD) {
                return false;
            }
        }
        return true;
    }
}
