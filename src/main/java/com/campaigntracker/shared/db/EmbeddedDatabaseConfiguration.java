package com.campaigntracker.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}) the app runs its own
 * MariaDB; with it, Spring Boot's ordinary DataSource takes over and no server is started here. The app
 * connects with the account whose password the server keeps in {@code <data-dir>/mariadb/credentials.properties}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${app.data-dir:./data}") Path dataDir,
                                    EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.start(dataDir, properties.port());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server, EmbeddedDatabaseProperties properties) {
        createDatabaseIfMissing(server, properties.database());
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl(properties.database()))
                .username(server.credentials().user())
                .password(server.credentials().password())
                .build();
    }

    private static void createDatabaseIfMissing(EmbeddedMariaDb server, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("app.embedded-db.database must be letters, digits or _: " + database);
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(""),
                server.credentials().user(), server.credentials().password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on the embedded MariaDB", e);
        }
    }
}
