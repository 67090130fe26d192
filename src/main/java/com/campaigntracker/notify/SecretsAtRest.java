package com.campaigntracker.notify;

import com.campaigntracker.shared.crypto.SecretCipher;
import com.campaigntracker.shared.startup.BeforeServing;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up (L3): encrypts the secrets still stored in plaintext (rows from before encryption), and
 * refuses to start when the stored ones cannot be read with this instance's key, so that an instance
 * started with another APP_SECRET_KEY fails at once instead of silently failing every delivery.
 * Idempotent; with several instances starting at once each row is rewritten once (conditional update).
 */
@Component
class SecretsAtRest extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(SecretsAtRest.class);
    /** table, column: every column that {@link EncryptedText} keeps. */
    private static final List<String[]> COLUMNS = List.of(new String[] {"project_channel", "target"},
            new String[] {"project_channel", "secret"}, new String[] {"mail_settings", "password"},
            new String[] {"outbox_message", "target"}, new String[] {"outbox_message", "secret"});
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;

    SecretsAtRest(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    protected void prepare() {
        requireReadable();
        int done = encryptPlaintext();
        if (done > 0) {
            log.info("Encrypted {} secret(s) stored in plaintext (webhook URLs and secrets, SMTP password)", done);
        }
    }

    /** The newest encrypted values of each column open with this key, or the app does not start. */
    void requireReadable() {
        for (String[] tc : COLUMNS) {
            List<String> newest = jdbc.queryForList("select " + tc[1] + " from " + tc[0] + " where " + tc[1]
                    + " like 'enc:v1:%' order by id desc limit 20", String.class);
            for (String value : newest) {
                try {
                    cipher.decrypt(value);
                } catch (SecretCipher.UnreadableSecretException e) {
                    throw new IllegalStateException(tc[0] + "." + tc[1] + ": " + e.getMessage()
                            + " Set APP_SECRET_KEY to that key (or restore the data folder's secret.key) and start again.", e);
                }
            }
        }
    }

    /** @return how many values were encrypted now */
    int encryptPlaintext() {
        int done = 0;
        for (String[] tc : COLUMNS) {
            long after = Long.MIN_VALUE;
            while (true) {
                List<Map<String, Object>> page = jdbc.queryForList("select id, " + tc[1] + " as v from " + tc[0]
                        + " where id > ? and " + tc[1] + " is not null and " + tc[1] + " not like 'enc:v1:%' order by id"
                        + " limit " + PAGE, after);
                for (Map<String, Object> row : page) {
                    Object id = row.get("id");
                    String plain = (String) row.get("v");
                    done += jdbc.update("update " + tc[0] + " set " + tc[1] + " = ? where id = ? and " + tc[1] + " = ?",
                            cipher.encrypt(plain), id, plain);
                    after = ((Number) id).longValue();
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        return done;
    }
}
