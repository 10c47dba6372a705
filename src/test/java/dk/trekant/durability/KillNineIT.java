package dk.trekant.durability;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;

/**
 * Runs the packaged application with its default H2 file database, starts processes from
 * several clients, kills the JVM with SIGKILL mid-load, restarts it and checks that every start
 * that was answered 2xx is still there. (With H2's default write delay, some are lost.)
 */
class KillNineIT {

    private static final String ADMIN = Http.basic("admin", "admin");
    private static final int CLIENTS = 4;
    private static final int KILLS = 3;

    @TempDir
    Path workDir;

    private Process app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void everyAnsweredStartSurvivesKillNine() throws Exception {
        int port = freePort();
        start(port);
        deployProbe(port);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < KILLS; round++) {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        String key = UUID.randomUUID().toString();
                        try {
                            HttpResponse<String> response = post(port, "/engine-rest/process-definition/key/crashProbe/start",
                                    "application/json", "{\"businessKey\":\"" + key + "\"}");
                            if (response.statusCode() / 100 == 2) {
                                acknowledged.add(key);
                            }
                        } catch (IOException e) {
                            // the server is gone: this request was never answered
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(2_500);
            app.destroyForcibly().waitFor(); // SIGKILL on Linux
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            start(port);
            Set<String> stored = storedBusinessKeys(port);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertThat(acknowledged).as("round %d: starts answered 2xx", round).isNotEmpty();
            assertThat(lost).as("round %d: answered but lost after kill -9 (%d acknowledged)", round, acknowledged.size())
                    .isEmpty();
            System.out.printf("kill -9 round %d: %d starts answered 2xx so far, all %d stored%n", round,
                    acknowledged.size(), acknowledged.size());
        }
    }

    private void start(int port) throws Exception {
        Path jar = Path.of("target/trekant.jar").toAbsolutePath();
        assertThat(jar).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        app = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(),
                "--spring.profiles.active=demo", "--server.port=" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile())
                .start();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("application exited: " + tail()).isTrue();
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 120 s: " + tail());
    }

    private void deployProbe(int port) throws Exception {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://trekant.dk/test">
                  <process id="crashProbe" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start" />
                    <sequenceFlow id="toTask" sourceRef="start" targetRef="task" />
                    <userTask id="task" camunda:candidateGroups="leder" />
                  </process>
                </definitions>
                """;
        String boundary = "----trekant" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncrash-probe\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"crash-probe.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + model + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = post(port, "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + boundary, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private Set<String> storedBusinessKeys(int port) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/engine-rest/process-instance?processDefinitionKey=crashProbe&maxResults=1000000"))
                .header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Set<String> keys = new HashSet<>();
        for (JsonNode instance : json.readTree(response.body())) {
            keys.add(instance.get("businessKey").asText());
        }
        return keys;
    }

    private HttpResponse<String> post(int port, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", ADMIN)
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("app.log"));
            return String.join("\n", new ArrayList<>(lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
