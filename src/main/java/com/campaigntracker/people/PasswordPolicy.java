package com.campaigntracker.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (H1): long enough, not the person's user name, and not one of the passwords
 * everyone tries first (a list shipped with the app, compared in lower case). Plain Java: the service,
 * the initial administrator and the set-up page all ask this one class.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // bcrypt reads no further
    /** bcrypt reads 72 bytes, not characters: a longer password (25 Chinese characters are 75 bytes) is refused, not cut. */
    static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "/people/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks a rule, with a message saying which. */
    public static void check(String username, String password) {
        String problem = problem(username, password);
        if (problem != null) {
            throw new PeopleAdminException(problem, MIN_LENGTH, MAX_LENGTH);
        }
    }

    /** The message key of the first rule the password breaks, or null when it passes. */
    public static String problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.error.short";
        }
        if (password.length() > MAX_LENGTH) {
            return "password.error.long";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "password.error.bytes"; // bcrypt reads at most 72 bytes: 25 Chinese characters are 75
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
            return "password.error.username";
        }
        if (isCommon(lower)) {
            return "password.error.common";
        }
        return null;
    }

    /** On the list itself, or one of its entries with only digits or punctuation added (password123!). */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String stripped = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        return stripped.length() >= 4 && COMMON.contains(stripped);
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
