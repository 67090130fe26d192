package com.campaigntracker;

import java.util.ArrayList;
import java.util.List;

/** The string literals of a Java source, comments and character literals skipped (text blocks whole). */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static List<String> strings(String source) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), source);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), source) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = end(source.indexOf("\"\"\"", i + 3), source);
                found.add(source.substring(i + 3, close));
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < source.length() && source.charAt(i) != c) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    literal.append(source.charAt(Math.min(i, source.length() - 1)));
                    i++;
                }
                if (c == '"') {
                    found.add(literal.toString());
                }
                i++;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int end(int index, String source) {
        return index < 0 ? source.length() : index;
    }
}
