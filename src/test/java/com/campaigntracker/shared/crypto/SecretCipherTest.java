package com.campaigntracker.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets at rest (L3): AES-GCM per value, and where the key comes from. */
class SecretCipherTest {

    private static final byte[] KEY = Base64.getDecoder().decode("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");

    @Test
    void a_secret_is_stored_encrypted_with_a_fresh_iv_and_reads_back() {
        SecretCipher cipher = new SecretCipher(KEY);
        String a = cipher.encrypt("https://oapi.dingtalk.com/robot/send?access_token=TOKEN");
        String b = cipher.encrypt("https://oapi.dingtalk.com/robot/send?access_token=TOKEN");
        assertThat(a).startsWith("enc:v1:").doesNotContain("TOKEN").doesNotContain("dingtalk");
        assertThat(a).isNotEqualTo(b); // a random IV per value: equal secrets do not look equal
        assertThat(cipher.decrypt(a)).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=TOKEN");
        assertThat(cipher.decrypt(b)).isEqualTo(cipher.decrypt(a));
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt("plain from before")).isEqualTo("plain from before");
    }

    @Test
    void another_key_or_an_altered_value_cannot_be_read() {
        String sealed = new SecretCipher(KEY).encrypt("smtp-password");
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThatThrownBy(() -> new SecretCipher(other).decrypt(sealed))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class).hasMessageContaining("APP_SECRET_KEY");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(SecretCipher.PREFIX.length()));
        raw[raw.length - 1] ^= 1;
        String altered = SecretCipher.PREFIX + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> new SecretCipher(KEY).decrypt(altered))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> new SecretCipher(KEY).decrypt("enc:v1:!!")).isInstanceOf(
                SecretCipher.UnreadableSecretException.class);
    }

    @Test
    void without_app_secret_key_a_key_is_generated_into_the_data_folder_readable_by_the_owner_only(@TempDir Path dir)
            throws Exception {
        Path dataDir = dir.resolve("data");
        byte[] first = SecretKeys.resolve("", dataDir);
        Path file = dataDir.resolve(SecretKeys.KEY_FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first).hasSize(32);
        assertThat(SecretKeys.resolve(null, dataDir)).isEqualTo(first); // the next start reads the same key
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(SecretKeys.resolve("", dataDir)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void app_secret_key_is_base64_of_32_bytes_or_a_passphrase_stretched_with_pbkdf2(@TempDir Path dir) {
        assertThat(SecretKeys.resolve("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=", dir)).isEqualTo(KEY);
        byte[] derived = SecretKeys.resolve("correct horse battery staple", dir);
        assertThat(derived).hasSize(32).isEqualTo(SecretKeys.resolve("correct horse battery staple", dir))
                .isNotEqualTo(SecretKeys.resolve("correct horse battery stapler", dir));
        assertThatThrownBy(() -> SecretKeys.resolve("short", dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_SECRET_KEY");
        assertThat(dir.resolve(SecretKeys.KEY_FILE)).doesNotExist(); // a configured key writes no file
    }

    @Test
    void a_damaged_key_file_stops_the_start_with_a_clear_message(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SecretKeys.KEY_FILE), "not a key");
        Files.setPosixFilePermissions(dir.resolve(SecretKeys.KEY_FILE), PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> SecretKeys.resolve("", dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold a key");
    }
}
