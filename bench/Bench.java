import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trekant's benchmark against a RUNNING Trekant (demo profile: admin, koordinator, demo-politi).
 * JDK only, run as a single source file:
 *
 * <pre>java bench/Bench.java [--url http://localhost:18080] [--runs 3] [--seconds 10] [--clients 8]
 *        [--list 19000] [--batch 5000] [--tasks 60000] [--queries 300] [--warmup 30] [--out target/bench-result.json] [--skip intake,list,tasks]</pre>
 *
 * Phases: (a) raw engine-rest start of a start → user task model (the baseline) at N clients;
 * (b) §115 intake at 1 and N clients (distinct youths, ~10 % repeats of a youth with an open case,
 * ~5 % repeated references); interleaved run by run so that both see the same machine;
 * (c) the weekly list at national volume (19,000 in batches of ≤ 5,000);
 * (d) with ≥ 60,000 open tasks, the Tasklist query of group koordinator, sequential.
 * Prints medians over the runs, p50/p99, the ratio intake/baseline, and writes JSON.
 */
public class Bench {

    static String url = "http://localhost:18080";
    static final String ADMIN = basic("admin", "admin");
    static final String KOORDINATOR = basic("koordinator", "koordinator");
    static final String POLICE = "Bearer demo-politi";
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
    static final AtomicInteger youthSerial = new AtomicInteger();
    static final ConcurrentLinkedQueue<String> usedCprs = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> usedReferences = new ConcurrentLinkedQueue<>();
    static final AtomicLong referenceSerial = new AtomicLong();

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        url = opt.getOrDefault("url", url);
        int runs = Integer.parseInt(opt.getOrDefault("runs", "3"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "10"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "8"));
        int list = Integer.parseInt(opt.getOrDefault("list", "19000"));
        int batch = Integer.parseInt(opt.getOrDefault("batch", "5000"));
        int tasks = Integer.parseInt(opt.getOrDefault("tasks", "60000"));
        int queries = Integer.parseInt(opt.getOrDefault("queries", "300"));
        List<String> skip = Arrays.asList(opt.getOrDefault("skip", "").split(","));
        Path out = Path.of(opt.getOrDefault("out", "target/bench-result.json"));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", url);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("database", database());
        result.put("startedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        result.put("clients", clients);
        result.put("secondsPerRun", seconds);

        deploy("benchProbe", probeModel("benchProbe", 1));
        deploy("benchTaskFiller", probeModel("benchTaskFiller", 100));
        grantKoordinatorTasks();

        if (!skip.contains("intake")) {
            // warm-up of both paths (JIT, caches, connection pools): on 2 cores the JIT needs a while
            int warmup = Integer.parseInt(opt.getOrDefault("warmup", "30"));
            System.out.printf("warming up (%d s per path) …%n", warmup);
            load(clients, warmup, i -> startProbe());
            load(clients, warmup, i -> intake());
            drainJobs();

            List<Stats> baseline = new ArrayList<>();
            List<Stats> intake8 = new ArrayList<>();
            List<Stats> intake1 = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                baseline.add(report("run " + run + " baseline engine-rest start, " + clients + " clients",
                        load(clients, seconds, i -> startProbe())));
                // Each intake run is followed by the time until all it accepted is on its case, so that no
                // run measures against the previous run's backlog; that time gives the end-to-end rate.
                Stats i8 = report("run " + run + " §115 intake, " + clients + " clients", load(clients, seconds, i -> intake()));
                i8.drainSeconds = drainJobs();
                routing("run " + run + " §115 intake, " + clients + " clients", i8);
                intake8.add(i8);
                Stats i1 = report("run " + run + " §115 intake, 1 client", load(1, seconds, i -> intake()));
                i1.drainSeconds = drainJobs();
                routing("run " + run + " §115 intake, 1 client", i1);
                intake1.add(i1);
            }
            double drain = drainJobs();
            result.put("secondsToRunIntakeJobsAfterTheLoad", round(drain));
            Map<String, Object> b = summary(baseline);
            Map<String, Object> i8 = summary(intake8);
            Map<String, Object> i1 = summary(intake1);
            double ratio = (double) i8.get("medianThroughput") / (double) b.get("medianThroughput");
            result.put("baselineStart", b);
            result.put("intake" + clients + "Clients", i8);
            result.put("intake1Client", i1);
            result.put("ratioIntakeToBaseline", round(ratio));
            double endToEndRatio = (double) i8.get("medianEndToEndPerSecond") / (double) b.get("medianThroughput");
            result.put("ratioEndToEndIntakeToBaseline", round(endToEndRatio));
            // The routing's trend over the runs (the database grows run by run): it should stay flat.
            // Routing starts as soon as the first notification is stored, so its rate is the end-to-end one.
            double firstRouting = intake8.get(0).endToEnd();
            double lastRouting = intake8.get(intake8.size() - 1).endToEnd();
            result.put("routingLastToFirst", round(lastRouting / firstRouting));
            System.out.printf(Locale.ROOT, "%n== on their case per run (intake(%d)): %s /s; last/first %.2f%n", clients,
                    intake8.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.endToEnd())).toList(), lastRouting / firstRouting);
            System.out.printf(Locale.ROOT, "%n== baseline %.0f/s p99 %.1f ms | intake(%d) %.0f/s p99 %.1f ms | intake(1) %.0f/s p99 %.1f ms | ratio intake/baseline %.2f"
                    + "%n== end to end (accepted and on its case): intake(%d) %.0f/s, ratio %.2f%n%n",
                    b.get("medianThroughput"), b.get("medianP99Ms"), clients, i8.get("medianThroughput"), i8.get("medianP99Ms"),
                    i1.get("medianThroughput"), i1.get("medianP99Ms"), ratio, clients, i8.get("medianEndToEndPerSecond"), endToEndRatio);
            write(out, result);
        }

        if (!skip.contains("list")) {
            result.put("weeklyList", weeklyList(list, batch));
            write(out, result);
        }
        if (!skip.contains("tasks")) {
            result.put("taskQuery", taskQuery(tasks, queries, runs));
            write(out, result);
        }
        result.put("finishedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        write(out, result);
        System.out.println("\nwritten " + out.toAbsolutePath());
    }

    // ---------------------------------------------------------------- phases

    static int startProbe() throws Exception {
        HttpResponse<String> r = send("POST", "/engine-rest/process-definition/key/benchProbe/start", ADMIN,
                "{\"businessKey\":\"b-" + UUID.randomUUID() + "\"}", 30);
        return r.statusCode();
    }

    /** One §115 notification: mostly a new youth, ~10 % a youth already reported (correlation), ~5 % a resent reference. */
    static int intake() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double dice = random.nextDouble();
        String reference;
        String cpr;
        if (dice < 0.05 && !usedReferences.isEmpty()) {
            reference = usedReferences.peek();
            cpr = usedCprs.peek();
        } else {
            reference = nextReference();
            cpr = dice < 0.15 && usedCprs.size() > 100 ? pick(usedCprs, random) : nextCpr();
        }
        HttpResponse<String> r = send("POST", "/api/v1/section115-notifications", POLICE, notification(reference, cpr), 30);
        if (r.statusCode() == 201) {
            if (usedReferences.size() < 50) {
                usedReferences.add(reference);
            }
            if (usedCprs.size() < 2000) {
                usedCprs.add(cpr);
            }
        }
        return r.statusCode();
    }

    /**
     * Waits until every accepted notification has been taken to its case (registered and triaged):
     * the router's backlog (the gauge {@code trekant_intake_unrouted} on /actuator/prometheus) and
     * any async continuation left for the job executor.
     */
    static double drainJobs() throws Exception {
        long start = System.nanoTime();
        long pending = backlog();
        System.out.printf("notifications waiting for their case after the load: %,d%n", pending);
        long last = pending;
        long lastProgress = System.nanoTime();
        while (pending > 0) {
            Thread.sleep(250);
            pending = backlog();
            if (pending < last) {
                last = pending;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(60)) {
                System.out.printf("no progress for 60 s: %,d still waiting%n", pending);
                return Double.NaN;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "… all on their case %.1f s after the load%n", seconds);
        return seconds;
    }

    static long backlog() throws Exception {
        long jobs = number(send("GET", "/engine-rest/job/count?messages=true&executable=true", ADMIN, null, 60).body(), "count");
        String metrics = send("GET", "/actuator/prometheus", ADMIN, null, 60).body();
        long unrouted = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("trekant_intake_unrouted")) {
                unrouted = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return jobs + unrouted;
    }

    static Map<String, Object> weeklyList(int total, int batchSize) throws Exception {
        System.out.printf("posting the weekly list: %,d notifications in batches of ≤ %,d …%n", total, batchSize);
        List<String> batches = new ArrayList<>();
        for (int from = 0; from < total; from += batchSize) {
            StringBuilder body = new StringBuilder("{\"items\":[");
            for (int i = from; i < Math.min(total, from + batchSize); i++) {
                if (i > from) {
                    body.append(',');
                }
                body.append(notification(nextReference(), nextCpr()));
            }
            batches.add(body.append("]}").toString());
        }
        long accepted = 0;
        long duplicates = 0;
        long rejected = 0;
        List<Double> batchSeconds = new ArrayList<>();
        long start = System.nanoTime();
        for (String body : batches) {
            long t = System.nanoTime();
            HttpResponse<String> r = send("POST", "/api/v1/section115-notifications/batches", POLICE, body, 1800);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("batch answered " + r.statusCode() + ": " + abbreviate(r.body()));
            }
            batchSeconds.add((System.nanoTime() - t) / 1e9);
            accepted += number(r.body(), "accepted");
            duplicates += number(r.body(), "duplicates");
            rejected += number(r.body(), "rejected");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "weekly list: %,d accepted, %d duplicates, %d rejected in %.1f s (%.0f/s); batches %s s%n",
                accepted, duplicates, rejected, seconds, accepted / seconds, batchSeconds);
        double processed = drainJobs();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("notifications", total);
        m.put("batchSize", batchSize);
        m.put("accepted", accepted);
        m.put("duplicates", duplicates);
        m.put("rejected", rejected);
        m.put("seconds", round(seconds));
        m.put("perSecond", round(accepted / seconds));
        m.put("secondsUntilAllRegisteredAndTriaged", round(seconds + processed));
        m.put("batchSeconds", batchSeconds.stream().map(Bench::round).toList());
        return m;
    }

    static Map<String, Object> taskQuery(int wanted, int queries, int runs) throws Exception {
        long open = openTasks();
        System.out.printf("open tasks: %,d; filling up to %,d …%n", open, wanted);
        long t = System.nanoTime();
        while (open < wanted) {
            int starts = (int) Math.min(2000, Math.ceil((wanted - open) / 100.0));
            AtomicInteger left = new AtomicInteger(starts);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                done.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        HttpResponse<String> r = send("POST", "/engine-rest/process-definition/key/benchTaskFiller/start", ADMIN, "{}", 60);
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("filler start answered " + r.statusCode() + ": " + abbreviate(r.body()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            open = openTasks();
            System.out.printf("  open tasks: %,d%n", open);
        }
        System.out.printf(Locale.ROOT, "filled in %.1f s%n", (System.nanoTime() - t) / 1e9);
        String path = "/engine-rest/task?candidateGroup=koordinator&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15";
        HttpResponse<String> sample = send("GET", path, KOORDINATOR, null, 30);
        if (sample.statusCode() != 200) {
            throw new IllegalStateException("task query answered " + sample.statusCode() + ": " + abbreviate(sample.body()));
        }
        int page = count(sample.body(), "\"id\":");
        HttpResponse<String> visible = send("GET", "/engine-rest/task/count?candidateGroup=koordinator", KOORDINATOR, null, 60);
        for (int i = 0; i < queries / 2; i++) {
            send("GET", path, KOORDINATOR, null, 30); // warm-up
        }
        List<Stats> stats = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Stats s = new Stats();
            long start = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                long q = System.nanoTime();
                int status = send("GET", path, KOORDINATOR, null, 30).statusCode();
                s.add(status, System.nanoTime() - q);
            }
            s.seconds = (System.nanoTime() - start) / 1e9;
            stats.add(report("run " + run + " task query (koordinator, first page of 15, sorted by created), sequential", s));
        }
        Map<String, Object> m = summary(stats);
        m.put("openTasks", open);
        m.put("visibleToKoordinator", number(visible.body(), "count"));
        m.put("pageSize", page);
        m.put("query", path);
        return m;
    }

    // ---------------------------------------------------------------- load and statistics

    interface Call {
        int call(int i) throws Exception;
    }

    static Stats load(int clients, int seconds, Call call) throws Exception {
        Stats stats = new Stats();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    int status;
                    try {
                        status = call.call(i++);
                    } catch (IOException e) {
                        status = -1;
                    }
                    stats.add(status, System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        stats.seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return stats;
    }

    static final class Stats {
        final List<Long> nanos = new ArrayList<>();
        final Map<Integer, Integer> statuses = new LinkedHashMap<>();
        double seconds;
        /** Intake only: seconds after the run until everything accepted was on its case. */
        double drainSeconds = Double.NaN;

        /** Accepted per second of the run plus the time to put all of it on its case. */
        double endToEnd() {
            return Double.isNaN(drainSeconds) ? Double.NaN : ok() / (seconds + drainSeconds);
        }

        synchronized void add(int status, long nano) {
            statuses.merge(status, 1, Integer::sum);
            if (status / 100 == 2) {
                nanos.add(nano);
            }
        }

        int ok() {
            return nanos.size();
        }

        double throughput() {
            return ok() / seconds;
        }

        double percentile(double p) {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    static void routing(String what, Stats s) {
        System.out.printf(Locale.ROOT, "%-75s %7.1f/s  (%d accepted in %.1f s, all on their case %.1f s after the run)%n",
                what + ": on their case", s.endToEnd(), s.ok(), s.seconds, s.drainSeconds);
    }

        static Stats report(String what, Stats s) {
        System.out.printf(Locale.ROOT, "%-75s %7.1f/s  p50 %6.1f ms  p99 %6.1f ms  statuses %s%n", what, s.throughput(),
                s.percentile(50), s.percentile(99), s.statuses);
        return s;
    }

    static Map<String, Object> summary(List<Stats> runs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("medianThroughput", round(median(runs.stream().mapToDouble(Stats::throughput).toArray())));
        m.put("medianP50Ms", round(median(runs.stream().mapToDouble(s -> s.percentile(50)).toArray())));
        m.put("medianP99Ms", round(median(runs.stream().mapToDouble(s -> s.percentile(99)).toArray())));
        if (!Double.isNaN(runs.get(0).drainSeconds)) {
            m.put("medianEndToEndPerSecond", round(median(runs.stream().mapToDouble(Stats::endToEnd).toArray())));
        }
        List<Map<String, Object>> each = new ArrayList<>();
        for (Stats s : runs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("throughput", round(s.throughput()));
            r.put("p50Ms", round(s.percentile(50)));
            r.put("p99Ms", round(s.percentile(99)));
            r.put("ok", s.ok());
            if (!Double.isNaN(s.drainSeconds)) {
                r.put("secondsUntilAllOnTheirCase", round(s.drainSeconds));
                r.put("endToEndPerSecond", round(s.endToEnd()));
            }
            r.put("statuses", s.statuses);
            each.add(r);
        }
        m.put("runs", each);
        return m;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    // ---------------------------------------------------------------- data

    static String nextReference() {
        String reference = "BENCH-" + RUN + "-" + referenceSerial.incrementAndGet();
        return reference;
    }

    /** A fictitious child's CPR number (born 2010–2012, 7th digit 4 → 2000s), distinct per call within a run. */
    static String nextCpr() {
        int n = youthSerial.getAndIncrement();
        int runSalt = (int) (Long.parseLong(RUN, 36) % 997);
        int k = (n + runSalt * 10_000) % (28 * 12 * 3 * 1000);
        int serial = k % 1000;
        int day = k / 1000 % 28 + 1;
        int month = k / 28_000 % 12 + 1;
        int year = 10 + k / 336_000 % 3;
        return String.format("%02d%02d%02d-4%03d", day, month, year, serial);
    }

    static String notification(String reference, String cpr) {
        String[] categories = {"VOLD", "TYVERI", "HAERVAERK", "NARKO", "ANDET"};
        String[] roles = {"MISTAENKT", "SIGTET", "FORURETTET", "VIDNE"};
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "{\"reference\":\"" + reference + "\",\"occurredAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).withNano(0)
                + "\",\"place\":\"Taastrup Station\",\"offenceCategory\":\"" + categories[r.nextInt(categories.length)]
                + "\",\"role\":\"" + roles[r.nextInt(roles.length)]
                + "\",\"description\":\"Benchmark\",\"youth\":{\"cpr\":\"" + cpr
                + "\",\"firstName\":\"Bench\",\"lastName\":\"Mark\",\"school\":\"Borgerskolen\"}}";
    }

    static String pick(ConcurrentLinkedQueue<String> queue, ThreadLocalRandom random) {
        Object[] all = queue.toArray();
        return (String) all[random.nextInt(all.length)];
    }

    static String probeModel(String key, int tasks) {
        String loop = tasks > 1
                ? "<multiInstanceLoopCharacteristics isSequential=\"false\"><loopCardinality>" + tasks + "</loopCardinality></multiInstanceLoopCharacteristics>"
                : "";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://trekant.dk/bench">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start" />
                    <sequenceFlow id="toTask" sourceRef="start" targetRef="task" />
                    <userTask id="task" name="Benchmark" camunda:candidateGroups="koordinator">%s</userTask>
                  </process>
                </definitions>
                """.formatted(key, loop);
    }

    static void deploy(String key, String model) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key + ".bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/engine-rest/deployment/create"))
                .header("Authorization", ADMIN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("deployment of " + key + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
    }

    /** Lets group koordinator see the benchmark's tasks in the query, as it sees its own (READ_TASK on the definitions). */
    static void grantKoordinatorTasks() throws Exception {
        for (String key : List.of("benchProbe", "benchTaskFiller")) {
            HttpResponse<String> existing = send("GET", "/engine-rest/authorization?groupIdIn=koordinator&resourceType=6&resourceId=" + key, ADMIN, null, 30);
            if (existing.body().contains("\"resourceId\":\"" + key + "\"")) {
                continue;
            }
            HttpResponse<String> r = send("POST", "/engine-rest/authorization/create", ADMIN,
                    "{\"type\":1,\"permissions\":[\"READ\",\"READ_TASK\"],\"groupId\":\"koordinator\",\"resourceType\":6,\"resourceId\":\"" + key + "\"}", 30);
            if (r.statusCode() != 200) {
                System.out.println("note: could not grant koordinator READ_TASK on " + key + ": " + r.statusCode());
            }
        }
    }

    static long openTasks() throws Exception {
        return number(send("GET", "/engine-rest/task/count", ADMIN, null, 120).body(), "count");
    }

    static String database() {
        try {
            Path started = Path.of("target/bench-db");
            if (Files.exists(started)) {
                return Files.readString(started).trim(); // written by bench/start-trekant.sh
            }
            HttpResponse<String> r = send("GET", "/actuator/info", null, null, 10);
            Matcher m = Pattern.compile("\"database\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            return m.find() ? m.group(1) : "unknown (set BENCH_DB)";
        } catch (Exception e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------- HTTP and JSON

    static HttpResponse<String> send(String method, String path, String authorization, String body, int timeoutSeconds)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(timeoutSeconds));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static double round(double d) {
        return Math.round(d * 10.0) / 10.0;
    }

    static void write(Path out, Map<String, Object> result) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        if (System.getenv("BENCH_DB") != null) {
            result.put("database", System.getenv("BENCH_DB"));
        }
        Files.writeString(out, toJson(result, "") + "\n");
    }

    @SuppressWarnings("unchecked")
    static String toJson(Object o, String indent) {
        if (o instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(indent).append("  \"").append(e.getKey()).append("\": ").append(toJson(e.getValue(), indent + "  "));
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            return sb.append(indent).append('}').toString();
        }
        if (o instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(toJson(list.get(i), indent + "  "));
            }
            return sb.append(']').toString();
        }
        if (o instanceof Number || o instanceof Boolean) {
            return o instanceof Double d && (d.isNaN() || d.isInfinite()) ? "null" : o.toString();
        }
        return o == null ? "null" : "\"" + o.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                if (key.contains("=")) {
                    m.put(key.substring(0, key.indexOf('=')), key.substring(key.indexOf('=') + 1));
                } else {
                    m.put(key, i + 1 < args.length ? args[++i] : "true");
                }
            }
        }
        return m;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
