package dk.trekant.individual.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import dk.trekant.individual.adultcase.AdultIntakeService;
import dk.trekant.individual.youthcase.CaseDocuments;
import dk.trekant.individual.youthcase.CaseNumbers;
import dk.trekant.individual.youthcase.YouthCase;
import dk.trekant.individual.youthcase.YouthCaseProperties;
import dk.trekant.individual.youthcase.YouthCaseRepository;
import dk.trekant.individual.youthcase.YouthCaseVariables;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.persistence.ConcurrentChange;

/**
 * Takes a received incident to its case: an open youth case takes it in (message
 * {@code youthCaseIncident}), otherwise a new youth case starts; an incident about someone 18 or
 * older goes to the adult flow. A partner's notification is stored and answered first
 * ({@link IntakeService#accept}); the router then routes it in a transaction of its own, many
 * incidents per commit when many arrive (the weekly list). Nothing is lost in between: a router
 * claims the incidents it routes for a lease (so two nodes do not work on the same ones), an
 * incident is routed exactly once (under a row lock), and the sweep routes what a stopped or crashed
 * node left behind once its lease has run out.
 *
 * <p>{@code trekant.intake.routing}: {@code background} (a worker thread per node; the default) or
 * {@code inline} (the caller routes at once after its commit; the tests use it).
 */
@Component
public class IncidentRouter implements SmartLifecycle {

    static final String NEW_INCIDENT_MESSAGE = "youthCaseIncident";
    /** The leader's task for an incident that could not be routed (processes/individual/intake-failure.bpmn). */
    static final String FAILURE_PROCESS = "intakeFailure";
    private static final Logger log = LoggerFactory.getLogger(IncidentRouter.class);

    private final IncidentRepository incidents;
    private final YouthCaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final AdultIntakeService adultIntake;
    private final RuntimeService runtimeService;
    private final YouthCaseProperties properties;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final boolean background;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration sweepGrace;
    private final Duration lease;
    private final Clock clock = Clock.systemUTC();
    private final List<BlockingQueue<Queued>> queues = new ArrayList<>();
    private final AtomicInteger receiving = new AtomicInteger();
    private final long deferNanos;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean firstSweepDone;

    IncidentRouter(IncidentRepository incidents, YouthCaseRepository cases, CaseNumbers caseNumbers,
            AdultIntakeService adultIntake, RuntimeService runtimeService, YouthCaseProperties properties, AuditLog auditLog,
            PlatformTransactionManager transactions, MeterRegistry meters,
            @Value("${trekant.intake.routing:background}") String mode,
            @Value("${trekant.intake.routing-batch:50}") int batchSize,
            @Value("${trekant.intake.routing-threads:2}") int threads,
            @Value("${trekant.intake.routing-attempts:10}") int maxAttempts,
            @Value("${trekant.intake.sweep-grace:PT30S}") Duration sweepGrace,
            @Value("${trekant.intake.routing-lease:PT1M}") Duration lease,
            @Value("${trekant.intake.routing-defer:PT5S}") Duration defer) {
        this.lease = lease;
        this.deferNanos = defer.toNanos();
        this.incidents = incidents;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.adultIntake = adultIntake;
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
        // Always a transaction of its own: also when a leader's "Prøv igen" routes after its commit.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (!mode.equals("background") && !mode.equals("inline")) {
            throw new IllegalArgumentException("trekant.intake.routing must be background or inline, not " + mode);
        }
        this.background = mode.equals("background");
        this.batchSize = Math.max(1, batchSize);
        this.maxAttempts = maxAttempts;
        this.sweepGrace = sweepGrace;
        for (int i = 0; i < Math.max(1, threads); i++) {
            queues.add(new LinkedBlockingQueue<>());
        }
        Gauge.builder("trekant.intake.unrouted", incidents, IncidentRepository::countUnrouted)
                .description("Incidents received and not yet taken to their case").register(meters);
        Gauge.builder("trekant.intake.failed", incidents, IncidentRepository::countDeadLetters)
                .description("Incidents whose routing failed every attempt, each waiting in a leader's task").register(meters);
    }

    /**
     * Routes the incident in the caller's transaction (its row must be current) and returns the
     * case number: a youth case's or an adult case's.
     */
    String route(Incident incident) {
        Instant now = clock.instant();
        incident.routed(now);
        if (incident.getTrack() == Track.ADULT) {
            // 18 or older at the incident: the adult flow (SSP+ / KSP) takes it.
            incidents.flush();
            return adultIntake.receivePoliceNotification(incident, now).getCaseNumber();
        }
        Optional<YouthCase> open = cases.findOpenByYouth(incident.getYouthId());
        if (open.isPresent()) {
            YouthCase youthCase = open.get();
            incident.linkTo(youthCase);
            incidents.flush();
            runtimeService.createMessageCorrelation(NEW_INCIDENT_MESSAGE)
                    .processInstanceBusinessKey(youthCase.getCaseNumber())
                    .setVariableLocal(YouthCaseVariables.INCIDENT_ID, incident.getId().toString())
                    .correlate();
            return youthCase.getCaseNumber();
        }
        YouthCase youthCase = cases.saveAndFlush(new YouthCase(caseNumbers.next(), incident.getYouthId(), now));
        incident.linkTo(youthCase);
        incidents.flush();
        ProcessInstance instance = runtimeService.createMessageCorrelation(incident.getSource().startMessage())
                .processInstanceBusinessKey(youthCase.getCaseNumber())
                .setVariables(Map.of(
                        YouthCaseVariables.CASE_ID, youthCase.getId().toString(),
                        YouthCaseVariables.CASE_NUMBER, youthCase.getCaseNumber(),
                        YouthCaseVariables.INCIDENT_ID, incident.getId().toString(),
                        YouthCaseVariables.ASSESSMENT_WORKING_DAYS, properties.assessmentWorkingDays(),
                        YouthCaseVariables.FOLLOW_UP_PERIOD, properties.followUpPeriod()))
                .correlateStartMessage();
        youthCase.startedAs(instance.getId());
        return youthCase.getCaseNumber();
    }

    /**
     * Incidents just committed by a partner's request (incident id → youth id): routed by a worker
     * (or at once, inline). A youth's incidents always go to the same worker, so the workers never
     * race each other for a youth's case.
     */
    void routeSoon(Map<UUID, UUID> incidentToYouth) {
        if (incidentToYouth.isEmpty()) {
            return;
        }
        if (!background) {
            routeBatch(new ArrayList<>(incidentToYouth.keySet()));
        } else if (running) {
            long now = System.nanoTime();
            incidentToYouth.forEach((incident, youth) -> queues.get(Math.floorMod(youth.hashCode(), queues.size()))
                    .add(new Queued(incident, now)));
        }
        // background but stopped (shutting down): the sweep of the next start routes them.
    }

    /**
     * Claims the incidents for this router (those not routed and not claimed by another router
     * whose lease still runs), then routes the claimed ones in one transaction; if that fails (two
     * nodes raced for the same youth, or one incident cannot be routed), each on its own. Returns
     * how many this call routed.
     */
    int routeBatch(List<UUID> ids) {
        List<UUID> sorted = claim(ids.stream().distinct().sorted().toList()); // one lock order for every node
        if (sorted.size() > 1) {
            try {
                Integer routed = transaction.execute(status -> {
                    int count = 0;
                    for (UUID id : sorted) {
                        count += routeIfNotRouted(id) ? 1 : 0;
                    }
                    return count;
                });
                return routed == null ? 0 : routed;
            } catch (RuntimeException batchFailed) {
                log.debug("routing {} incidents together failed ({}); routing them one by one", sorted.size(),
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
                incidents.claim(ids, token, now, now.minus(lease));
                return incidents.findClaimed(ids, token);
            });
        } catch (PessimisticLockingFailureException busy) {
            // Another router holds them while it routes them (longer than the database waits for a lock):
            // they are its to route; the sweep looks again if its node stops.
            log.debug("incidents held by another router; leaving them to it");
            return List.of();
        }
        return claimed == null ? List.of() : claimed.stream().sorted().toList();
    }

    private boolean routeOne(UUID id) {
        try {
            return ConcurrentChange.inTransaction(transaction, () -> routeIfNotRouted(id));
        } catch (RuntimeException failed) {
            failedAttempt(id, failed);
            return false;
        }
    }

    /**
     * Counts a failed attempt. Once the attempts are used up the incident leaves the queue as a dead
     * letter, so that it never holds up another (the same youth's included), and a leader gets the
     * task "Henvendelse kunne ikke fordeles" with the reason. Logged as one line, by id and kind of
     * failure only: the exception's message may quote personal data.
     */
    private void failedAttempt(UUID id, RuntimeException failed) {
        String reason = RoutingFailure.reason(failed);
        Integer attempts = transaction.execute(status -> {
            incidents.countFailedRouting(id);
            return incidents.routingAttempts(id);
        });
        if (attempts == null || attempts < maxAttempts) {
            log.warn("incident {} could not be routed to its case (attempt {} of {}): {}", id, attempts, maxAttempts, reason);
            return;
        }
        boolean deadLettered = Boolean.TRUE.equals(transaction.execute(status -> {
            if (incidents.deadLetter(id, clock.instant(), reason) == 0) {
                return false; // routed meanwhile, or already a dead letter
            }
            Incident incident = incidents.findById(id).orElseThrow();
            runtimeService.startProcessInstanceByKey(FAILURE_PROCESS, id.toString(), Map.of(
                    "incidentId", id.toString(),
                    "failureReason", reason,
                    "routingAttempts", attempts,
                    "intakeSource", CaseDocuments.sourceName(incident.getSource()),
                    "intakeReceivedAt", CaseDocuments.dateTime(incident.getReceivedAt())));
            auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.UPDATE, AuditEvent.Subject.INCIDENT,
                    id.toString(), null, "Henvendelse kunne ikke fordeles (" + attempts + " forsøg)");
            return true;
        }));
        if (deadLettered) {
            log.error("incident {} left the routing queue after {} attempts; a leader has the task to retry it: {}", id, attempts,
                    reason);
        }
    }

    /**
     * "Prøv igen": puts a dead letter back in the routing queue with its attempts anew, and routes it
     * after the caller's commit. Returns whether the incident was a dead letter.
     */
    boolean retry(UUID id, String actor) {
        if (incidents.requeue(id) == 0) {
            return false;
        }
        auditLog.change(actor == null ? "ukendt" : actor, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE,
                AuditEvent.Subject.INCIDENT, id.toString(), null, "Henvendelse sendt til fordeling igen");
        UUID youth = incidents.findById(id).map(Incident::getYouthId).orElseThrow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    routeSoon(Map.of(id, youth));
                }
            });
        } else {
            routeSoon(Map.of(id, youth));
        }
        return true;
    }

    /** Incidents that left the routing queue after their attempts (the gauge {@code trekant.intake.failed}). */
    public long failed() {
        return incidents.countDeadLetters();
    }

    private boolean routeIfNotRouted(UUID id) {
        Optional<Incident> found = incidents.findForRouting(id);
        if (found.isEmpty() || found.get().isRouted()) {
            return false; // routed by another node or thread, or deleted (retention)
        }
        Incident incident = found.get();
        String caseNumber = route(incident);
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.UPDATE, AuditEvent.Subject.INCIDENT,
                incident.getId().toString(), caseNumber, "Hændelse ført til sag");
        return true;
    }

    /**
     * Routes incidents that no worker took: those a stopped or crashed node left (received more
     * than {@code trekant.intake.sweep-grace} ago; at a node's first sweep, all of them) and those
     * whose routing failed, up to {@code trekant.intake.routing-attempts} tries.
     */
    @Scheduled(fixedDelayString = "${trekant.intake.sweep-interval:PT30S}", initialDelayString = "${trekant.intake.sweep-initial-delay:PT2S}")
    public void sweep() {
        if (queues.stream().anyMatch(queue -> !queue.isEmpty())) {
            return; // this node's workers are busy with its own backlog; the next sweep looks again
        }
        sweep(firstSweepDone ? sweepGrace : Duration.ZERO);
        firstSweepDone = true;
    }

    /** Routes every incident received before now minus the grace and not yet routed; returns how many. */
    public int sweep(Duration grace) {
        int total = 0;
        while (true) {
            Instant before = clock.instant().minus(grace);
            List<UUID> ids = transaction.execute(status -> incidents.findUnrouted(before, maxAttempts, PageRequest.of(0, 500)));
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

    /** Incidents received and not yet routed (the gauge {@code trekant.intake.unrouted}). */
    public long unrouted() {
        return incidents.countUnrouted();
    }

    /**
     * Runs a partner's request (storing notifications). While partners' requests are running, the
     * workers hold back — for at most {@code trekant.intake.routing-defer} per incident — so that
     * partners are answered first, and the routing catches up between requests.
     */
    <T> T receiving(Supplier<T> request) {
        receiving.incrementAndGet();
        try {
            return request.get();
        } finally {
            receiving.decrementAndGet();
        }
    }

    // ------------------------------------------------------------------ worker

    private record Queued(UUID incidentId, long queuedAtNanos) {
    }

    private void work(BlockingQueue<Queued> queue) {
        List<Queued> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                Queued first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                while (running && receiving.get() > 0 && System.nanoTime() - first.queuedAtNanos() < deferNanos) {
                    Thread.sleep(5);
                }
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                routeBatch(batch.stream().map(Queued::incidentId).toList());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("incident routing failed ({}); the sweep tries again", e.getClass().getName());
            }
        }
    }

    @Override
    public void start() {
        running = true;
        if (background) {
            for (BlockingQueue<Queued> queue : queues) {
                Thread worker = new Thread(() -> work(queue), "incident-router-" + (workers.size() + 1));
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
