package org.scrutineer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * The application in this JVM on the embedded default (engine and documents in H2 files under a fresh folder of
 * {@code target/bench}, the job executor on), called over real HTTP as the benchmarks' people would call it.
 * Counts the SQL statements and MongoDB commands each thread sends, so a benchmark can say where a completion's
 * cost goes. A harness for benchmarks, not used by the tests.
 */
public final class BenchmarkApp implements AutoCloseable {

    public record Response(int status, String body, long nanos) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Threads a benchmark names after what they measure, whose counts are kept apart under that name. */
    private static final Set<String> LABELS = Set.of("bare", "engine");

    /** SQL statements prepared and MongoDB commands sent, by kind ("sql", "mongo:find", ...) and thread kind. */
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private final ConfigurableApplicationContext context;
    private final Path dataDirectory;
    private final URI base;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(httpThreads).build();

    private BenchmarkApp(ConfigurableApplicationContext context, Path dataDirectory) {
        this.context = context;
        this.dataDirectory = dataDirectory;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Set by {@code BenchmarkCommandsTests}: each benchmark then runs a few of each thing it measures, so the test
     * suite shows its command still works without waiting for its figures.
     */
    public static final boolean SMOKE = Boolean.getBoolean("bench.smoke");

    /** How many of something a benchmark measures: {@code full}, or {@code smoke} when only its working is tried. */
    public static int size(int full, int smoke) {
        return SMOKE ? smoke : full;
    }

    /**
     * Starts the app on an empty {@code target/bench/<name>} (or the folder given), on the port of the system
     * property {@code bench.port} (any free one by default).
     */
    public static BenchmarkApp start(String name, String... extraArgs) throws IOException {
        Path data = Path.of("target", "bench", name).toAbsolutePath();
        deleteRecursively(data);
        Files.createDirectories(data);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + System.getProperty("bench.port", "0"),
                "--scrutineer.document-store.data-directory=" + data,
                "--logging.level.root=WARN",
                "--logging.level.org.scrutineer=WARN",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extraArgs));
        SpringApplication application = new SpringApplication(ScrutineerApplication.class, Counting.class);
        return new BenchmarkApp(application.run(args.toArray(String[]::new)), data);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return base.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    public Response post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Engine users in the action-owners group, password = user id. */
    public List<String> createOwners(int count) {
        IdentityService identity = bean(IdentityService.class);
        List<String> owners = IntStream.rangeClosed(1, count).mapToObj(i -> "owner" + i).toList();
        for (String id : owners) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setPassword(id);
                identity.saveUser(user);
                identity.createMembership(id, "action-owners");
            }
        }
        return owners;
    }

    /**
     * A letter registered, reviewed and its plan of {@code actions} actions drafted for the owners in turn and
     * accepted by them (from {@code threads} threads), waited on until the plan is live. Returns the letter's id.
     */
    public String livePlan(int actions, List<String> owners, int threads) {
        String text = new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8);
        String letterId = expect(201, post("cora", "/api/letters", JSON.createObjectNode().put("text", text)
                .put("committee", "Scrutiny").toString())).json().path("id").asText();
        expect(204, post("cora", "/api/tasks/" + awaitTasks("cora", letterId, "reviewFindings", 1).get(0)
                + "/complete", "{\"confirmed\": true}"));
        StringBuilder drafts = new StringBuilder();
        for (int i = 0; i < actions; i++) {
            drafts.append(i == 0 ? "" : ",").append("{\"findingIds\": \"F13\", \"title\": \"Action ").append(i + 1)
                    .append(": record every case decision\", \"owner\": \"").append(owners.get(i % owners.size()))
                    .append("\", \"dueDate\": \"2011-08-05\"}");
        }
        expect(204, post("cora", "/api/tasks/" + awaitTasks("cora", letterId, "draftActionPlan", 1).get(0)
                + "/complete", "{\"actions\": [" + drafts + "], \"reportingInterval\": \"P1Y\"}"));
        List<String[]> accepts = ownersTasks(owners, letterId, "acceptAction", actions);
        List<Response> answers = inParallel(threads, accepts, t -> post(t[0], "/api/tasks/" + t[1] + "/complete",
                "{\"accepted\": true}"));
        answers.forEach(a -> expect(204, a));
        await("the plan to go live", () -> "LIVE".equals(get("cora", "/api/letters/" + letterId + "/plan").json()
                .path("status").asText()));
        return letterId;
    }

    /** Starts a cycle and waits until each of its {@code actions} tasks is open; returns [owner, task id] pairs. */
    public List<String[]> openCycle(String letterId, List<String> owners, int actions) {
        // the plan reads live a moment before the letter's process, a job, has committed waiting for cycles (409)
        await("the cycle to start", () -> post("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status() == 202);
        return ownersTasks(owners, letterId, "submitProgressUpdate", actions);
    }

    /** The owners' open tasks of this key on the letter, [owner, task id], once there are {@code count}. */
    public List<String[]> ownersTasks(List<String> owners, String letterId, String key, int count) {
        List<String[]> found = new ArrayList<>();
        await(count + " " + key + " tasks", () -> {
            found.clear();
            for (String owner : owners) {
                awaitTasks(owner, letterId, key, 0).forEach(id -> found.add(new String[]{owner, id}));
            }
            return found.size() >= count;
        });
        return found;
    }

    private List<String> awaitTasks(String user, String letterId, String key, int atLeast) {
        List<String> ids = new ArrayList<>();
        await(key + " of " + user, () -> {
            ids.clear();
            StreamSupport.stream(get(user, "/api/tasks").json().spliterator(), false)
                    .filter(t -> t.path("letterId").asText().equals(letterId) && t.path("key").asText().equals(key))
                    .forEach(t -> ids.add(t.path("id").asText()));
            return ids.size() >= atLeast;
        });
        return ids;
    }

    /** Waits up to five minutes for the condition, checking every 100 ms. */
    public static void await(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited five minutes for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs {@code call} on each item from {@code threads} threads, all released at once; answers in order. */
    public static <T, R> List<R> inParallel(int threads, List<T> items, Function<T, R> call) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> call.apply(item))).toList();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    public static Response expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": " + response.body());
        }
        return response;
    }

    /**
     * Seconds of CPU the files' compaction has used so far, and the whole JVM: the rounds compete with the work for
     * the machine's cores, and a commit waits for a round that holds its file.
     */
    public static String compactionCpu() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long compaction = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("h2-file-compaction"))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
        long all = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        return String.format("the files' compaction used %.1f s of CPU, the whole JVM %.1f s", compaction / 1e9, all / 1e9);
    }

    /** Milliseconds at the given percentile (0–100) of the sorted nanosecond timings. */
    public static double percentile(List<Long> nanos, double percentile) {
        List<Long> sorted = nanos.stream().sorted(Comparator.naturalOrder()).toList();
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    /** Counts since the last reset, by what was sent and from which kind of thread. */
    public static Map<String, Long> counts() {
        Map<String, Long> snapshot = new java.util.TreeMap<>();
        COUNTS.forEach((key, adder) -> snapshot.put(key, adder.sum()));
        return snapshot;
    }

    public static void resetCounts() {
        COUNTS.clear();
    }

    @Override
    public void close() {
        context.close();
        httpThreads.shutdownNow();
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(120));
    }

    private Response send(HttpRequest request) {
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void count(String what) {
        add(what, 1);
    }

    private static void add(String what, long amount) {
        String thread = Thread.currentThread().getName();
        String kind = thread.startsWith("http-nio") ? "request" : thread.contains("camunda") || thread.contains("Job")
                ? "job" : LABELS.contains(thread) ? thread : "other";
        COUNTS.computeIfAbsent(kind + " " + what, k -> new LongAdder()).add(amount);
    }

    /** Counts what the app sends to its two stores, by the thread that sent it. */
    @Configuration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource source ? counted(source) : bean;
                }
            };
        }

        /** Times {@code TaskService.complete} in whatever called it: the engine's part of a completion, through any door. */
        @Bean
        static BeanPostProcessor timingCompletions() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof TaskService tasks)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(BenchmarkApp.class.getClassLoader(), new Class<?>[]{TaskService.class},
                            (proxy, method, args) -> {
                                long start = System.nanoTime();
                                try {
                                    return invoke(tasks, method, args);
                                } finally {
                                    if (method.getName().equals("complete")) {
                                        add("complete-µs", (System.nanoTime() - start) / 1000);
                                    }
                                }
                            });
                }
            };
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countingMongo() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    count("mongo:" + event.getCommandName());
                }

                @Override
                public void commandSucceeded(CommandSucceededEvent event) {
                    add("mongo-µs", event.getElapsedTime(TimeUnit.MICROSECONDS)); // the time they took, in all
                }
            });
        }

        private static DataSource counted(DataSource source) {
            return (DataSource) Proxy.newProxyInstance(BenchmarkApp.class.getClassLoader(), new Class<?>[]{DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(source, method, args);
                        return result instanceof Connection connection ? countedConnection(connection) : result;
                    });
        }

        private static Connection countedConnection(Connection connection) {
            return (Connection) Proxy.newProxyInstance(BenchmarkApp.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            count("sql");
                        }
                        return invoke(connection, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
