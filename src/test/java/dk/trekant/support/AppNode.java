package dk.trekant.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One JVM of the packaged application ({@code target/trekant.jar}) for the failsafe tests of
 * clustering and crashes: started with the JVM settings of the Dockerfile, killed with SIGKILL,
 * restarted on the same database.
 */
public final class AppNode implements AutoCloseable {

    public static final String ADMIN = Http.basic("admin", "admin");
    public static final String POLICE = Http.bearer("demo-politi");

    private final String name;
    private final Path workDir;
    private final Path log;
    private final int port;
    private final List<String> args;
    private final Map<String, String> env;
    private Process process;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public AppNode(String name, Path workDir, List<String> args, Map<String, String> env) throws IOException {
        this.name = name;
        this.workDir = workDir;
        this.port = freePort();
        this.args = args;
        this.env = env;
        Files.createDirectories(workDir);
        // kept after the test (target/it-logs) so that a failure can be read
        this.log = Path.of("target/it-logs").toAbsolutePath().resolve(name + "-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public AppNode start() throws Exception {
        Path jar = Path.of("target/trekant.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("package first: " + jar);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=128m", "-Duser.timezone=Europe/Copenhagen",
                "-jar", jar.toString(), "--server.port=" + port,
                // the engine's host name shows in the job log which node ran a job
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited: " + tail());
            }
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " not ready within 300 s: " + tail());
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    public HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String authorization, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String authorization, String json) throws IOException, InterruptedException {
        return post(path, authorization, "application/json", json);
    }

    /** Deploys a BPMN model through engine-rest as admin. */
    public void deploy(String name, String bpmn) throws Exception {
        String boundary = "----trekant" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name + ".bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = post("/engine-rest/deployment/create", ADMIN, "multipart/form-data; boundary=" + boundary, body);
        if (r.statusCode() != 200) {
            throw new AssertionError("deployment answered " + r.statusCode() + ": " + r.body());
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** A §115 notification about a fictitious child born 2011 (7th digit 4: born in the 2000s). */
    public static String notification(String reference, int youth) {
        int day = youth % 28 + 1;
        int month = youth / 28 % 12 + 1;
        String cpr = String.format("%02d%02d11-4%03d", day, month, youth / 336 % 1000);
        return """
                {"reference":"%s","occurredAt":"%s","place":"Taastrup Station","offenceCategory":"VOLD","role":"MISTAENKT",
                 "description":"Klyngetest","youth":{"cpr":"%s","firstName":"Klynge","lastName":"Test","school":"Borgerskolen"}}
                """.formatted(reference, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(1).withNano(0), cpr);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
