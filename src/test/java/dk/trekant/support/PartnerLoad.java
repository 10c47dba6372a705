package dk.trekant.support;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police systems sending §115 notifications to whichever node they reach: mostly new youths, some
 * youths already reported (so cases race across nodes), some resends of a reference already
 * answered. Remembers each reference answered 2xx with its receipt id and youth.
 */
public final class PartnerLoad implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** reference → receipt id, for every notification answered 2xx. */
    public final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** reference → youth number (to resend the same notification). */
    public final Map<String, Integer> youthOf = new ConcurrentHashMap<>();
    public final AtomicInteger serverErrors = new AtomicInteger();
    public final AtomicInteger resentAnsweredWrongly = new AtomicInteger();
    private final String prefix;
    private final AtomicInteger references = new AtomicInteger();
    private final AtomicInteger youths;
    private ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long pauseMillis;

    public PartnerLoad(String prefix, int firstYouth) {
        this.prefix = prefix;
        this.youths = new AtomicInteger(firstYouth);
    }

    /**
     * Each client pauses this long after each request: a sustained rate the nodes can also route (a
     * partner's notification is answered when stored; its routing follows).
     */
    public PartnerLoad pacedAt(long millis) {
        this.pauseMillis = millis;
        return this;
    }

    /** Starts the clients; each request goes to the node the supplier gives (null: none alive now). */
    public void start(int clientCount, Supplier<AppNode> node) {
        running.set(true);
        clients = Executors.newFixedThreadPool(clientCount);
        for (int c = 0; c < clientCount; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    AppNode target = node.get();
                    if (target == null) {
                        Thread.sleep(20);
                        continue;
                    }
                    send(target);
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
                return null;
            });
        }
    }

    private void send(AppNode target) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double dice = random.nextDouble();
        String reference;
        int youth;
        boolean resend = dice < 0.05 && !acknowledged.isEmpty();
        if (resend) {
            List<String> known = List.copyOf(acknowledged.keySet());
            reference = known.get(random.nextInt(known.size()));
            youth = youthOf.get(reference);
        } else {
            reference = prefix + "-" + references.incrementAndGet();
            // a third of the notifications are about one of the last 20 youths: cases race across nodes
            youth = dice < 0.35 && youths.get() > 20 ? youths.get() - 1 - random.nextInt(20) : youths.incrementAndGet();
            youthOf.put(reference, youth);
        }
        try {
            HttpResponse<String> r = target.postJson("/api/v1/section115-notifications", AppNode.POLICE,
                    AppNode.notification(reference, youth));
            if (r.statusCode() / 100 == 2) {
                Matcher m = ID.matcher(r.body());
                if (m.find()) {
                    String earlier = acknowledged.putIfAbsent(reference, m.group(1));
                    if (earlier != null && !earlier.equals(m.group(1)) || resend && r.statusCode() != 200) {
                        resentAnsweredWrongly.incrementAndGet();
                    }
                }
            } else if (r.statusCode() >= 500) {
                serverErrors.incrementAndGet();
            }
        } catch (IOException e) {
            // the node is gone or went away mid-request: not answered, so nothing is promised
        }
    }

    public void stop() throws InterruptedException {
        running.set(false);
        if (clients != null) {
            clients.shutdown();
            clients.awaitTermination(60, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
