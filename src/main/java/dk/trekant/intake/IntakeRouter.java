package dk.trekant.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.persistence.ConcurrentChange;
import dk.trekant.platform.time.TrekantZone;

/**
 * The one way an accepted partner item reaches its process, for every intake. The accepting
 * transaction stores the item and {@linkplain #enqueue queues} it; after the commit the router takes
 * it to its process through the kind's {@link IntakeRoute}, in a transaction of its own, many items
 * per commit when many arrive (the weekly list). Nothing is lost in between: a router claims the
 * items it routes for a lease (so two nodes do not work on the same ones), an item is routed exactly
 * once (under its queue row's lock; the row is deleted with the routing), and the sweep routes what a
 * stopped or crashed node left once its lease has run out. After {@code trekant.intake.routing-attempts}
 * failed attempts an item leaves the queue as a dead letter, so that it never holds up another, and a
 * leader gets the task "Henvendelse kunne ikke fordeles".
 *
 * <p>Why this and not Camunda's job executor (an asynchronous start per item): the job executor would
 * start each process in a transaction of its own after a first transaction that writes the job, and
 * it cannot keep one person's items in order on one thread; the router writes one small row with the
 * item, routes a batch per commit, and keeps a person's items on one worker (README: Performance).
 *
 * <p>{@code trekant.intake.routing}: {@code background} (worker threads per node; the default) or
 * {@code inline} (routed at once after the accepting commit, in the caller's thread; the tests use it).
 */
@Component
public class IntakeRouter implements SmartLifecycle {

    /** The leader's task for an item that could not be routed (processes/intake/intake-failure.bpmn). */
    static final String FAILURE_PROCESS = "intakeFailure";
    private static final Logger log = LoggerFactory.getLogger(IntakeRouter.class);
    private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da-DK"));

    private final IntakeQueueRepository queue;
    private final ObjectProvider<IntakeRoute> routeBeans;
    private final RuntimeService runtimeService;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final boolean background;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration sweepGrace;
    private final Duration lease;
    private final long deferNanos;
    private final double shareWhileAccepting;
    private final Clock clock = Clock.systemUTC();
    private final Object pendingKey = new Object();
    private final List<BlockingQueue<Queued>> workQueues = new ArrayList<>();
    private final AtomicInteger accepting = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private volatile Map<String, IntakeRoute> routes;
    private volatile boolean running;
    private volatile boolean firstSweepDone;

    IntakeRouter(IntakeQueueRepository queue, ObjectProvider<IntakeRoute> routeBeans, RuntimeService runtimeService,
            AuditLog auditLog, PlatformTransactionManager transactions, MeterRegistry meters,
            @Value("${trekant.intake.routing:background}") String mode,
            @Value("${trekant.intake.routing-batch:50}") int batchSize,
            @Value("${trekant.intake.routing-threads:2}") int threads,
            @Value("${trekant.intake.routing-attempts:10}") int maxAttempts,
            @Value("${trekant.intake.sweep-grace:PT30S}") Duration sweepGrace,
            @Value("${trekant.intake.routing-lease:PT1M}") Duration lease,
            @Value("${trekant.intake.routing-defer:PT5S}") Duration defer,
            @Value("${trekant.intake.routing-share-while-accepting:0.5}") double shareWhileAccepting) {
        this.queue = queue;
        this.routeBeans = routeBeans;
        this.runtimeService = runtimeService;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
        // Always a transaction of its own: also right after the accepting commit, and after a leader's "Prøv igen".
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (!mode.equals("background") && !mode.equals("inline")) {
            throw new IllegalArgumentException("trekant.intake.routing must be background or inline, not " + mode);
        }
        this.background = mode.equals("background");
        this.batchSize = Math.max(1, batchSize);
        this.maxAttempts = maxAttempts;
        this.sweepGrace = sweepGrace;
        this.lease = lease;
        this.deferNanos = defer.toNanos();
        if (!(shareWhileAccepting > 0 && shareWhileAccepting <= 1)) {
            throw new IllegalArgumentException("trekant.intake.routing-share-while-accepting must be above 0 and at most 1");
        }
        this.shareWhileAccepting = shareWhileAccepting;
        for (int i = 0; i < Math.max(1, threads); i++) {
            workQueues.add(new LinkedBlockingQueue<>());
        }
        Gauge.builder("trekant.intake.unrouted", queue, IntakeQueueRepository::countWaiting)
                .description("Accepted partner items not yet taken to their process").register(meters);
        Gauge.builder("trekant.intake.failed", queue, IntakeQueueRepository::countDeadLetters)
                .description("Accepted partner items whose routing failed every attempt, each waiting in a leader's task")
                .register(meters);
    }

    // ------------------------------------------------------------------ accepting

    /**
     * Queues a stored item for its route, in the transaction that stores it (required): the item and
     * its queue row commit together, and the router takes it after that commit. Items with the same
     * partition key (one person's) are routed one after the other, on one worker.
     */
    public void enqueue(String kind, UUID itemId, UUID partitionKey, Instant receivedAt) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("an item is queued in the transaction that stores it");
        }
        queue.save(new QueuedIntake(itemId, kind, partitionKey, receivedAt));
        afterCommit(new Queued(itemId, partitionKey, System.nanoTime()));
    }

    /**
     * Runs a partner's request (storing items). While partners' requests are running, the workers
     * hold back — for at most {@code trekant.intake.routing-defer} per item — and then route for at
     * most {@code trekant.intake.routing-share-while-accepting} of their time (half), so that partners
     * are answered first; the routing never stops, and catches up at full speed between requests.
     */
    public <T> T accepting(Supplier<T> request) {
        accepting.incrementAndGet();
        try {
            return request.get();
        } finally {
            accepting.decrementAndGet();
        }
    }

    /** Hands the item to a worker once the current transaction commits (with the others of the same transaction). */
    private void afterCommit(Queued item) {
        @SuppressWarnings("unchecked")
        List<Queued> pending = (List<Queued>) TransactionSynchronizationManager.getResource(pendingKey);
        if (pending == null) {
            List<Queued> items = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(pendingKey, items);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
                    if (status == STATUS_COMMITTED) {
                        routeSoon(items);
                    }
                }
            });
            pending = items;
        }
        pending.add(item);
    }

    private void routeSoon(List<Queued> items) {
        if (items.isEmpty() || !running) {
            return; // stopped (shutting down): the sweep of the next start routes them
        }
        if (!background) {
            routeBatch(items.stream().map(Queued::itemId).toList());
            return;
        }
        for (Queued item : items) {
            workQueues.get(Math.floorMod(item.partitionKey().hashCode(), workQueues.size())).add(item);
        }
    }

    // ------------------------------------------------------------------ routing

    /**
     * Claims the items for this router (those waiting and not claimed by another router whose lease
     * still runs), then routes the claimed ones in one transaction; if that fails (two nodes raced for
     * the same person's case, or one item cannot be routed), each on its own. Returns how many this
     * call routed.
     */
    public int routeBatch(List<UUID> ids) {
        List<UUID> sorted = claim(ids.stream().distinct().sorted().toList()); // one lock order for every node
        if (sorted.size() > 1) {
            try {
                Integer routed = transaction.execute(status -> {
                    int count = 0;
                    for (UUID id : sorted) {
                        count += routeIfWaiting(id) ? 1 : 0;
                    }
                    return count;
                });
                return routed == null ? 0 : routed;
            } catch (RuntimeException batchFailed) {
                log.debug("routing {} items together failed ({}); routing them one by one", sorted.size(),
                        batchFailed.getClass().getSimpleName());
            }
        }
        int routed = 0;
        for (UUID id : sorted) {
            routed += routeOne(id) ? 1 : 0;
        }
        return routed;
    }

    private List<UUID> claim(List<UUID> ids) {
        if (ids.isEmpty()) {
            return ids;
        }
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<UUID> claimed;
        try {
            claimed = transaction.execute(status -> {
                queue.claim(ids, token, now, now.minus(lease));
                return queue.findClaimed(ids, token);
            });
        } catch (PessimisticLockingFailureException busy) {
            // Another router holds them while it routes them: they are its to route; the sweep looks again if its node stops.
            log.debug("items held by another router; leaving them to it");
            return List.of();
        }
        return claimed == null ? List.of() : claimed.stream().sorted().toList();
    }

    private boolean routeOne(UUID id) {
        try {
            return ConcurrentChange.inTransaction(transaction, () -> routeIfWaiting(id));
        } catch (RuntimeException failed) {
            failedAttempt(id, failed);
            return false;
        }
    }

    private boolean routeIfWaiting(UUID id) {
        Optional<QueuedIntake> row = queue.findForRouting(id);
        if (row.isEmpty() || row.get().getFailedAt() != null) {
            return false; // routed by another node or thread, or a dead letter
        }
        route(row.get().getKind()).route(id);
        queue.delete(row.get());
        return true;
    }

    private IntakeRoute route(String kind) {
        Map<String, IntakeRoute> known = routes;
        if (known == null) {
            known = new HashMap<>();
            for (IntakeRoute route : routeBeans) {
                if (known.put(route.kind(), route) != null) {
                    throw new IllegalStateException("two intake routes for the kind " + route.kind());
                }
            }
            routes = known;
        }
        IntakeRoute route = known.get(kind);
        if (route == null) {
            throw new IllegalStateException("no intake route for the kind " + kind);
        }
        return route;
    }

    /**
     * Counts a failed attempt. Once the attempts are used up the item leaves the queue as a dead
     * letter, and a leader gets the task "Henvendelse kunne ikke fordeles" with the reason. Logged as
     * one line, by id and kind of failure only: the exception's message may quote personal data.
     */
    private void failedAttempt(UUID id, RuntimeException failed) {
        String reason = RoutingFailure.reason(failed);
        QueuedIntake row = transaction.execute(status -> {
            queue.countFailedAttempt(id);
            return queue.findById(id).orElse(null);
        });
        if (row == null) {
            return; // deleted meanwhile (routed elsewhere)
        }
        int attempts = row.getAttempts();
        if (attempts < maxAttempts) {
            log.warn("{} {} could not be routed (attempt {} of {}): {}", row.getKind(), id, attempts, maxAttempts, reason);
            return;
        }
        String label = labelOf(row);
        boolean deadLettered = Boolean.TRUE.equals(transaction.execute(status -> {
            if (queue.deadLetter(id, clock.instant(), reason) == 0) {
                return false; // already a dead letter
            }
            runtimeService.startProcessInstanceByKey(FAILURE_PROCESS, id.toString(), Map.of(
                    "itemId", id.toString(),
                    "intakeKind", row.getKind(),
                    "failureReason", reason,
                    "routingAttempts", attempts,
                    "intakeSource", label,
                    "intakeReceivedAt", DANISH_TIME.format(row.getReceivedAt().atZone(TrekantZone.get()))));
            auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.UPDATE, AuditEvent.Subject.INTAKE,
                    id.toString(), null, "Henvendelse kunne ikke fordeles (" + attempts + " forsøg)");
            return true;
        }));
        if (deadLettered) {
            log.error("{} {} left the routing queue after {} attempts; a leader has the task to retry it: {}", row.getKind(), id,
                    attempts, reason);
        }
    }

    private String labelOf(QueuedIntake row) {
        try {
            String label = transaction.execute(status -> route(row.getKind()).label(row.getItemId()));
            return label == null ? row.getKind() : label;
        } catch (RuntimeException unreadable) {
            return row.getKind();
        }
    }

    /**
     * "Prøv igen": puts a dead letter back in the queue with its attempts anew, and routes it after the
     * caller's commit. Returns whether the item was a dead letter.
     */
    public boolean retry(UUID id, String actor) {
        Optional<QueuedIntake> row = queue.findById(id);
        if (row.isEmpty() || queue.requeue(id) == 0) {
            return false;
        }
        auditLog.change(actor == null ? "ukendt" : actor, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE,
                AuditEvent.Subject.INTAKE, id.toString(), null, "Henvendelse sendt til fordeling igen");
        Queued item = new Queued(id, row.get().getPartitionKey(), System.nanoTime());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommit(item);
        } else {
            routeSoon(List.of(item));
        }
        return true;
    }

    /**
     * Takes a stored item to its process now, in the caller's thread, and waits while another router
     * holds it — for the demo data, which goes on with the item's first task at once. Partners' items
     * are never routed this way (they are answered before they are routed).
     *
     * @throws IllegalStateException when the item cannot be routed (it is then a dead letter, or waits for its next attempt)
     */
    public void routeNow(UUID id) {
        for (int attempt = 0; attempt < 600; attempt++) {
            Optional<QueuedIntake> row = transaction.execute(status -> queue.findById(id));
            if (row == null || row.isEmpty()) {
                return; // routed
            }
            if (row.get().getFailedAt() != null) {
                throw new IllegalStateException(row.get().getKind() + " " + id + " could not be routed");
            }
            if (routeBatch(List.of(id)) == 0) {
                try {
                    Thread.sleep(50); // another router holds it (or the attempt failed): look again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while routing " + id, e);
                }
            }
        }
        throw new IllegalStateException("item " + id + " was not routed within 30 s");
    }

    /** Forgets the queue rows of items that are deleted (retention): nothing is left to route. */
    public void forget(List<UUID> itemIds) {
        if (!itemIds.isEmpty()) {
            queue.forget(itemIds);
        }
    }

    /** Items that left the queue after their attempts (the gauge {@code trekant.intake.failed}). */
    public long failed() {
        return queue.countDeadLetters();
    }

    /** Items accepted and not yet taken to their process (the gauge {@code trekant.intake.unrouted}). */
    public long unrouted() {
        return queue.countWaiting();
    }

    /**
     * Routes items that no worker took: those a stopped or crashed node left (received more than
     * {@code trekant.intake.sweep-grace} ago; at a node's first sweep, all of them) and those whose
     * routing failed, up to {@code trekant.intake.routing-attempts} tries.
     */
    @Scheduled(fixedDelayString = "${trekant.intake.sweep-interval:PT30S}", initialDelayString = "${trekant.intake.sweep-initial-delay:PT2S}")
    public void sweep() {
        if (workQueues.stream().anyMatch(work -> !work.isEmpty())) {
            return; // this node's workers are busy with its own backlog; the next sweep looks again
        }
        sweep(firstSweepDone ? sweepGrace : Duration.ZERO);
        firstSweepDone = true;
    }

    /** Routes every waiting item received before now minus the grace; returns how many. */
    public int sweep(Duration grace) {
        int total = 0;
        while (true) {
            Instant before = clock.instant().minus(grace);
            List<UUID> ids = transaction.execute(status -> queue.findWaiting(before, PageRequest.of(0, 500)));
            if (ids == null || ids.isEmpty()) {
                return total;
            }
            int routed = 0;
            for (int from = 0; from < ids.size(); from += batchSize) {
                routed += routeBatch(ids.subList(from, Math.min(ids.size(), from + batchSize)));
            }
            total += routed;
            if (routed == 0) {
                return total; // what is left failed again (counted) or is being routed elsewhere
            }
        }
    }

    // ------------------------------------------------------------------ workers

    private record Queued(UUID itemId, UUID partitionKey, long queuedAtNanos) {
    }

    private void work(BlockingQueue<Queued> work) {
        List<Queued> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                Queued first = work.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                while (running && accepting.get() > 0 && System.nanoTime() - first.queuedAtNanos() < deferNanos) {
                    Thread.sleep(5);
                }
                batch.clear();
                batch.add(first);
                work.drainTo(batch, batchSize - 1);
                long started = System.nanoTime();
                routeBatch(batch.stream().map(Queued::itemId).toList());
                if (running && accepting.get() > 0 && shareWhileAccepting < 1) {
                    // partners are sending: leave them the rest of the time (never more than the defer)
                    long routedFor = System.nanoTime() - started;
                    long pause = Math.min(deferNanos, (long) (routedFor * (1 - shareWhileAccepting) / shareWhileAccepting));
                    TimeUnit.NANOSECONDS.sleep(pause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("intake routing failed ({}); the sweep tries again", e.getClass().getName());
            }
        }
    }

    @Override
    public void start() {
        running = true;
        if (background) {
            for (BlockingQueue<Queued> work : workQueues) {
                Thread worker = new Thread(() -> work(work), "intake-router-" + (workers.size() + 1));
                worker.setDaemon(true);
                worker.start();
                workers.add(worker);
            }
        }
    }

    @Override
    public void stop() {
        running = false; // no interrupt: an interrupted H2 file channel closes the database
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
