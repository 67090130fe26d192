package com.campaigntracker;

import com.campaigntracker.shared.time.StartingDay;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for every integration and UI test: the real app on an embedded MariaDB whose
 * database starts empty in each test run (so the demo data is loaded fresh), on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability // metrics as in production
@Import(IntegrationTest.TestClock.class)
public abstract class IntegrationTest {

    private static final Path DATA_DIR = freshDataDir(Path.of("target", "it-db"));
    /** The Prometheus scrape account's password in tests (see ops/ActuatorSecurity). */
    protected static final String OPERATIONS_SCRAPE_PASSWORD = "scrape-secret";

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add("app.scheduling.enabled", () -> "false"); // tests run the scheduled work themselves
        registry.add("app.demo-data", () -> "true"); // off by default (H1); many tests use the demo
        registry.add("vaadin.devmode.devTools.enabled", () -> "false"); // its pop-up covers buttons on a phone screen
        registry.add("app.metrics.password", () -> OPERATIONS_SCRAPE_PASSWORD);
        // sign-in with the company's account on, beside the passwords, as a company that has a provider runs it
        registry.add("app.sso.oidc.issuer-uri", CompanyIdentityProvider::issuer);
        registry.add("app.sso.oidc.client-id", () -> CompanyIdentityProvider.CLIENT_ID);
        registry.add("app.sso.oidc.client-secret", () -> "client-secret-for-tests");
    }

    /**
     * Every Spring context sets Spring Security's static holder strategy to its own (Vaadin's); a test that
     * starts a second app in this JVM (a first start, a restart, an external database) leaves the holder on
     * that app's, and sign-ins of later tests would no longer reach this context's method security.
     */
    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        var strategy = securityStrategy.getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    /** The app's clock, which a test may fix (and must reset): see {@link MutableClock}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class TestClock {

        @Bean
        @Primary
        MutableClock testClock(@Value("${app.time-zone:Asia/Shanghai}") ZoneId zone,
                               @Value("${app.today:}") String today) {
            return new MutableClock(StartingDay.clock(Clock.system(zone), today));
        }
    }

    /** Empties the folder's databases, keeping the unpacked server binaries. */
    public static Path freshDataDir(Path dir) {
        deleteRecursively(dir.resolve("mariadb").resolve("data"));
        return dir.toAbsolutePath();
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
