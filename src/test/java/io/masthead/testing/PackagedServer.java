package io.masthead.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as a process of its own on a PostgreSQL database, for the integration tests that need what a
 * test JVM cannot give: a kill -9, or two instances side by side.
 */
public final class PackagedServer {
    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedServer() {
    }

    public static void assumePackaged() {
        assumeTrue(Files.exists(JAR), "the packaged jar is missing; run ./mvnw verify -Ppostgres");
    }

    /** Starts the jar with the settings every instance needs and {@code env}, and waits until it is ready. */
    public static Process start(String name, int port, int managementPort, String database, String adminKey,
                                Map<String, String> env) throws Exception {
        Path log = Path.of("target/server-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", POSTGRES + database);
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "unused");
        environment.put("MASTHEAD_BOOTSTRAP_ADMIN_KEY", adminKey);
        environment.put("MASTHEAD_PREVIEW_SECRET", "integration-test-preview-secret-of-forty");
        environment.putAll(env);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "the server stopped; see " + log);
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not become ready within 90 s; see " + log);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void recreateDatabase(String database) throws SQLException {
        assumeTrue(database.matches("[a-z][a-z0-9_]{0,62}"), "the database must be a plain name");
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }
}
