package com.campaigntracker.shared.crypto;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's one {@link SecretCipher}, keyed from APP_SECRET_KEY or the data folder's key file. */
@Configuration(proxyBeanMethods = false)
class SecretCipherConfiguration {

    @Bean
    SecretCipher secretCipher(@Value("${app.secret-key:}") String configured, @Value("${app.data-dir:./data}") String dataDir) {
        return new SecretCipher(SecretKeys.resolve(configured, Path.of(dataDir)));
    }
}
