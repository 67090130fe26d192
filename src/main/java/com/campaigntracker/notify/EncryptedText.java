package com.campaigntracker.notify;

import com.campaigntracker.shared.crypto.SecretCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * A column that holds a secret (L3): written encrypted, read back in clear. Hibernate takes it from
 * Spring, so it gets the app's one key.
 */
@Component
@Converter
class EncryptedText implements AttributeConverter<String, String> {

    private final SecretCipher cipher;

    EncryptedText(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return cipher.encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
