package com.campaigntracker.files;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real S3-compatible server for tests: S3Proxy (Maven Central, copied to {@code target/s3proxy} by the
 * build) in a process of its own, keeping its buckets as directories under a temporary folder.
 */
final class S3ProxyServer implements AutoCloseable {

    static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    static final String ACCESS_KEY = "ct-test-access";
    static final String SECRET_KEY = "ct-test-secret-key";

    private final Process process;
    private final Path dir;
    private final int port;

    private S3ProxyServer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    static boolean available() {
        return Files.isRegularFile(JAR);
    }

    static S3ProxyServer start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path dir = Files.createTempDirectory("ct-s3proxy-");
        Path blobs = Files.createDirectories(dir.resolve("blobs"));
        Path properties = dir.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + blobs,
                "jclouds.identity=local",
                "jclouds.credential=local", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(),
                "--properties", properties.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        S3ProxyServer server = new S3ProxyServer(process, dir, port);
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!server.listening()) {
            if (!process.isAlive() || Instant.now().isAfter(until)) {
                String log = Files.readString(dir.resolve("s3proxy.log"));
                server.close();
                throw new IllegalStateException("S3Proxy did not start:\n" + log);
            }
            Thread.sleep(200);
        }
        return server;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The objects the bucket holds, by key. */
    List<String> keys(String bucket) throws IOException {
        Path bucketDir = dir.resolve("blobs").resolve(bucket);
        if (!Files.isDirectory(bucketDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(bucketDir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private boolean listening() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        com.campaigntracker.IntegrationTest.deleteRecursively(dir);
    }
}
