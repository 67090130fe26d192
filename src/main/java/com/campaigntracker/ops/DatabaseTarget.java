package com.campaigntracker.ops;

import java.nio.file.Path;

/**
 * A MariaDB database to back up or restore into, and where its client programs are.
 *
 * @param clientDir     folder of {@code mariadb} and {@code mariadb-dump} (the embedded server's bundled ones),
 *                      or null to take them from the PATH (Debian: {@code apt install mariadb-client})
 * @param loopbackNoTls the embedded server: on 127.0.0.1 only and without TLS, which MariaDB 11.4's clients
 *                      otherwise insist on when a password is given
 */
public record DatabaseTarget(String host, int port, String user, String password, String database, Path clientDir,
                             boolean loopbackNoTls) {

    public DatabaseTarget {
        if (database == null || !database.matches("[A-Za-z0-9_]*")) { // empty: the server, no database
            throw new IllegalArgumentException("A database name is letters, digits or _: " + database);
        }
    }

    /** A server reached the ordinary way (TLS as the client and server agree). */
    public DatabaseTarget(String host, int port, String user, String password, String database, Path clientDir) {
        this(host, port, user, password, database, clientDir, false);
    }

    @Override
    public String toString() { // never the password, e.g. in an exception message
        return "DatabaseTarget[" + user + "@" + host + ":" + port + "/" + database + "]";
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** The same server, another database. */
    public DatabaseTarget withDatabase(String other) {
        return new DatabaseTarget(host, port, user, password, other, clientDir, loopbackNoTls);
    }

    String program(String name) {
        return clientDir == null ? name : clientDir.resolve(name).toString();
    }
}
