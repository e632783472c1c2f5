package org.scrutineer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a child JVM, as {@code java -cp ... ScrutineerApplication} runs it: the embedded default
 * (engine and documents in H2 files under {@code home/data}, demo users, the job executor on) plus the
 * {@code crash-test} profile of {@link CrashPoint}. Called over real HTTP with Basic auth (password = user id).
 */
final class ChildApp implements AutoCloseable {

    record Response(int status, byte[] body) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }

    private final Process process;
    private final Path log;
    private final Path reachedFile;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildApp(Process process, Path log, Path reachedFile, int port) {
        this.process = process;
        this.log = log;
        this.reachedFile = reachedFile;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Starts the application in {@code home} (its working directory, so {@code ./data} is there) and waits
     * until it answers the demo users.
     *
     * @param crashPoint one of {@link CrashPoint}'s points, or {@literal null} to run undisturbed
     * @param settings   more command-line settings ({@code --name=value})
     */
    static ChildApp start(Path home, String crashPoint, Duration patience, String... settings) throws IOException {
        int port = freePort();
        Path reached = home.resolve("crash-point-reached");
        Files.deleteIfExists(reached);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m",
                "-cp", absoluteClasspath(),
                ScrutineerApplication.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=crash-test",
                // a rendering job the killed child was running runs again after this, not after the app's minute
                "--camunda.bpm.job-execution.lock-time-in-millis=5000",
                "--scrutineer.crash-test.reached-file=" + reached));
        if (crashPoint != null) {
            command.add("--scrutineer.crash-test.point=" + crashPoint);
        }
        command.addAll(List.of(settings));
        Path log = home.resolve("app-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildApp app = new ChildApp(process, log, reached, port);
        try {
            app.awaitServing(patience);
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    Response get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    Response post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST whose answer may never come, because the child is to be killed while it works on it. */
    CompletableFuture<HttpResponse<byte[]>> postUnanswered(String user, String path, String json) {
        return http.sendAsync(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Waits until the child stops at its crash point, then kills it with SIGKILL.
     *
     * @return the exit code (137 = 128 + SIGKILL)
     */
    int killAtCrashPoint(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!Files.exists(reachedFile)) {
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (" + process.exitValue() + ") before its crash point\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the child did not reach its crash point in " + patience + "\n" + logTail());
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitServing(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (" + process.exitValue() + ") while starting\n" + logTail());
            }
            try {
                // chris is the last demo user created; an unknown user is refused without locking anyone
                if (http.send(request("chris", "/api/tasks").GET().timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // listening, not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the child did not serve within " + patience + "\n" + logTail());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(60));
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed\n" + logTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Surefire's test classpath, made absolute because the child runs in another directory. */
    static String absoluteClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
