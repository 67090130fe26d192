package com.campaigntracker.shared.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two short texts are, for the libraries' suggestions: the pairs of adjacent characters they
 * share. Chinese has no spaces, and two characters already carry a word's meaning.
 */
public final class CharacterPairs {

    private CharacterPairs() {
    }

    /** The text without case, spaces or punctuation: two texts that differ only there are the same. */
    public static String normalized(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}，。、；：！？（）“”]", "");
    }

    public static Set<String> of(String text) {
        String t = normalized(text);
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            pairs.add(t.substring(i, i + 2));
        }
        return pairs;
    }

    /** How many pairs the two sets share. */
    public static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String pair : a) {
            if (b.contains(pair)) {
                n++;
            }
        }
        return n;
    }
}
