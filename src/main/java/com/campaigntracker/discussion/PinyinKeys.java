package com.campaigntracker.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * What a name can be typed as after {@code @}: its pinyin in full ("zhangjingli") and its initials
 * ("zjl"), lower case, for every reading of a character with several (单 dan/shan), up to
 * {@link #MAX_READINGS} combinations; letters and digits in the name stay as they are.
 */
final class PinyinKeys {

    static final int MAX_READINGS = 16;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinKeys() {
    }

    /** Full pinyin spellings and initials of {@code name}; empty for a blank name. */
    static Set<String> of(String name) {
        List<StringBuilder[]> spellings = new ArrayList<>(); // each: {full, initials}
        spellings.add(new StringBuilder[]{new StringBuilder(), new StringBuilder()});
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            List<String> readings = readings(cp);
            if (readings.isEmpty()) {
                if (Character.isLetterOrDigit(cp)) {
                    String s = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                    spellings.forEach(sp -> {
                        sp[0].append(s);
                        sp[1].append(s);
                    });
                }
                continue;
            }
            List<StringBuilder[]> next = new ArrayList<>();
            for (StringBuilder[] sp : spellings) {
                for (String reading : readings) {
                    if (next.size() < MAX_READINGS) {
                        next.add(new StringBuilder[]{new StringBuilder(sp[0]).append(reading),
                                new StringBuilder(sp[1]).append(reading.charAt(0))});
                    }
                }
            }
            spellings = next;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (StringBuilder[] sp : spellings) {
            if (!sp[0].isEmpty()) {
                keys.add(sp[0].toString());
                keys.add(sp[1].toString());
            }
        }
        return keys;
    }

    private static List<String> readings(int codePoint) {
        if (Character.isSupplementaryCodePoint(codePoint)) {
            return List.of();
        }
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
            if (all == null) {
                return List.of();
            }
            return List.copyOf(new LinkedHashSet<>(List.of(all)));
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
