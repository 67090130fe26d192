package com.campaigntracker.notify;

import java.util.regex.Pattern;

/**
 * Text people typed (blocked reasons, risk descriptions, names, notes), made inert for each robot's
 * message format (L6). Nothing is removed, only neutralised so that it shows as typed:
 * <ul>
 * <li>mentions: Feishu's {@code <at user_id="all">}, WeCom's {@code <@userid>}, any HTML-like tag
 * ({@code <font>}, {@code <a href>}) lose their angle brackets (full-width ＜ ＞ instead); {@code @all},
 * {@code @所有人}, {@code @everyone}, {@code @here} get a zero-width joiner after the {@code @};</li>
 * <li>links: {@code ://} and {@code www.} get a zero-width space, so no bare URL becomes clickable;</li>
 * <li>markdown (DingTalk and WeCom): its active characters become their full-width forms (the robots'
 * markdown subsets do not reliably honour backslash escapes), so no heading, emphasis, link, image,
 * code, quote, table or strike-through can be made;</li>
 * <li>bidirectional overrides, which can make a text read backwards, are dropped.</li>
 * </ul>
 * What the app adds itself (its heading, its own link) is added after escaping and stays active.
 */
final class ChatText {

    static final String ZWJ = "\u200D";
    static final String ZWSP = "\u200B";
    private static final Pattern MENTION_ALL =
            Pattern.compile("@(?=(all|everyone|here|所有人|全体成员)(?![\\p{L}\\p{N}_]))", Pattern.CASE_INSENSITIVE);
    private static final Pattern WWW = Pattern.compile("(?i)\\b(www)\\.");
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");

    private ChatText() {
    }

    /** Feishu/Lark {@code text} messages: only tags and bare links are active there, markdown is not. */
    static String feishu(String s) {
        return inert(s);
    }

    /** DingTalk {@code markdown} messages. */
    static String dingtalk(String s) {
        return markdown(inert(s));
    }

    /** WeCom {@code markdown} messages ({@code <@userid>} and {@code <font>} are among its tags). */
    static String wecom(String s) {
        return markdown(inert(s));
    }

    private static String inert(String s) {
        if (s == null) {
            return "";
        }
        String out = BIDI.matcher(s).replaceAll("");
        out = out.replace('<', '＜').replace('>', '＞');
        out = MENTION_ALL.matcher(out).replaceAll("@" + ZWJ);
        out = out.replace("://", ":" + ZWSP + "//");
        return WWW.matcher(out).replaceAll("$1" + ZWSP + ".");
    }

    private static String markdown(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case '*' -> '＊';
                case '_' -> '＿';
                case '`' -> '｀';
                case '[' -> '［';
                case ']' -> '］';
                case '#' -> '＃';
                case '~' -> '～';
                case '|' -> '｜';
                case '\\' -> '＼';
                case '!' -> '！';
                case '=' -> '＝';
                default -> c;
            });
        }
        return out.toString();
    }
}
