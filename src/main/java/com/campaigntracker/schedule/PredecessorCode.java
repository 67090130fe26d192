package com.campaigntracker.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A predecessor as users type it: a WBS code, optionally a type and a lag in working days —
 * {@code 1.2.1}, {@code 1.2.1FS+2}, {@code 1.3SS-1}, several separated by commas.
 */
public record PredecessorCode(String wbs, DependencyType type, int lag) {

    private static final Pattern CODE =
            Pattern.compile("(\\d+(?:\\.\\d+){0,2})(FS|SS|FF|SF)?(?:([+-])(\\d{1,3})(?:d|天|工作日)?)?",
                    Pattern.CASE_INSENSITIVE);
    /** Spaces around a type or a sign belong to the code ("1.2 FS + 2"); other spaces separate codes. */
    private static final Pattern GLUE = Pattern.compile("\\s*((?i:FS|SS|FF|SF)|[+-])\\s*");

    public static List<PredecessorCode> parseList(String text) {
        List<PredecessorCode> codes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        for (String token : GLUE.matcher(text.strip()).replaceAll("$1").split("[,，;；、\\s]+")) {
            String t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = CODE.matcher(t);
            if (!m.matches()) {
                throw new PredecessorSyntaxException(t);
            }
            DependencyType type = m.group(2) == null ? DependencyType.FS
                    : DependencyType.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int lag = m.group(4) == null ? 0 : Integer.parseInt(m.group(4)) * ("-".equals(m.group(3)) ? -1 : 1);
            codes.add(new PredecessorCode(m.group(1), type, lag));
        }
        return codes;
    }

    /** The short form: type and lag only when they differ from FS and 0. */
    public String format() {
        if (type == DependencyType.FS && lag == 0) {
            return wbs;
        }
        return wbs + type.name() + (lag == 0 ? "" : (lag > 0 ? "+" : "") + lag);
    }
}
