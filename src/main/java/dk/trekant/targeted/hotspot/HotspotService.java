package dk.trekant.targeted.hotspot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.hours.HourEntry;
import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.intake.Receipt;
import dk.trekant.intake.ReceiptStatus;
import dk.trekant.intake.Submission;
import dk.trekant.intake.IntakeRouter;
import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.partner.PartnerService;
import dk.trekant.platform.time.StoredClock;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import dk.trekant.platform.process.VariableText;
import dk.trekant.platform.persistence.ConcurrentChange;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.privacy.NoCpr;

/**
 * Hotspots from proposal to closing: a partner's or a staff member's proposal (stored once per
 * partner reference, and a process started for it), the lokalråd's decision, the period's start
 * and end, the presence shifts (hours into the hour log) and the evaluation. The process's
 * delegates call these methods; nothing here needs a process engine except the start.
 * <p>
 * Errors that a person can correct in Tasklist are {@link IllegalArgumentException}s with a
 * Danish message (Tasklist shows it; the task stays open and nothing is stored).
 */
@Service
public class HotspotService {

    private final HotspotRepository hotspots;
    private final HotspotDecisionRepository decisions;
    private final HotspotShiftRepository shifts;
    private final HourLog hourLog;
    private final RuntimeService runtimeService;
    private final Validator validator;
    private final HotspotProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final IntakeRouter router;
    private final PartnerService partners;

    HotspotService(HotspotRepository hotspots, HotspotDecisionRepository decisions, HotspotShiftRepository shifts,
            HourLog hourLog, RuntimeService runtimeService, Validator validator, HotspotProperties properties,
            PlatformTransactionManager transactions, IntakeRouter router, PartnerService partners) {
        this.router = router;
        this.partners = partners;
        this.hotspots = hotspots;
        this.decisions = decisions;
        this.shifts = shifts;
        this.hourLog = hourLog;
        this.runtimeService = runtimeService;
        this.validator = validator;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = StoredClock.UTC_MICROS;
    }

    /** The shifts and hours of a hotspot's latest period, for the evaluation. */
    public record PeriodSummary(int shifts, BigDecimal hours, int withPolice, int withGuards, int contacts) {

        /** In Danish, for the evaluation form. */
        public String text() {
            return shifts + (shifts == 1 ? " vagt, " : " vagter, ") + hours.toPlainString().replace('.', ',') + " timer, "
                    + contacts + (contacts == 1 ? " kontakt" : " kontakter") + "; politi til stede på " + withPolice
                    + " og vægtere på " + withGuards + " af dem";
        }
    }

    // ------------------------------------------------------------------ proposals

    /**
     * A partner's proposal: stored and queued for the {@link HotspotProposalRoute} in one transaction
     * (the process starts after the commit; business key = the hotspot's id), or, for a reference the
     * partner sent before, the first receipt again.
     */
    public Submission propose(PartnerPrincipal partner, HotspotProposal proposal) {
        return router.accepting(() -> ConcurrentChange.inTransaction(transaction, () -> proposeOnce(partner, proposal)));
    }

    private Submission proposeOnce(PartnerPrincipal partner, HotspotProposal proposal) {
        Optional<Hotspot> existing = hotspots.findByPartnerIdAndPartnerReference(partner.id(), proposal.reference());
        if (existing.isPresent()) {
            return new Submission(receipt(existing.get()), true);
        }
        // the database keeps microseconds: the first receipt and every later one show the same moment
        Hotspot hotspot = hotspots.saveAndFlush(new Hotspot(proposal, partner.kind().name(), partner.id(), null,
                partner.municipalityCode(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        router.enqueue(HotspotProposalRoute.KIND, hotspot.getId(), hotspot.getId(), hotspot.getProposedAt());
        return new Submission(receipt(hotspot), false);
    }

    /** Starts the process of a partner's accepted proposal (the intake queue's route, in the router's transaction). */
    void startProposal(UUID hotspotId) {
        Optional<Hotspot> found = hotspots.findById(hotspotId);
        if (found.isEmpty() || found.get().getProcessInstanceId() != null) {
            return; // deleted, or started already
        }
        Hotspot hotspot = found.get();
        Map<String, Object> variables = startVariables(hotspot);
        String partnerName = hotspot.getPartnerId() == null ? null : partners.nameOf(hotspot.getPartnerId()).orElse(null);
        variables.put(HotspotVariables.PROPOSED_BY, hotspot.getProposedBy() + (partnerName == null ? "" : " (" + partnerName + ")"));
        ProcessInstance instance = runtimeService.createMessageCorrelation(HotspotVariables.START_MESSAGE)
                .processInstanceBusinessKey(hotspot.getId().toString())
                .setVariables(variables)
                .correlateStartMessage();
        hotspot.startedAs(instance.getId());
    }

    /**
     * A staff member's proposal from Tasklist's start form, stored for the process instance that
     * the form started (in its transaction).
     *
     * @return the variables the process continues with
     */
    public Map<String, Object> proposeByStaff(HotspotProposal proposal, String staffUser, String processInstanceId) {
        List<String> problems = new ArrayList<>();
        validator.validate(proposal).stream()
                .filter(violation -> !violation.getPropertyPath().toString().equals("reference"))
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(HotspotService::label)
                .forEach(problems::add);
        if (proposal.location() != null && !proposal.location().isGiven()) {
            problems.add("Stedet: angiv en adresse eller både bredde- og længdegrad");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Forslaget kan ikke gemmes: " + String.join("; ", problems) + ".");
        }
        Hotspot hotspot = hotspots.saveAndFlush(new Hotspot(proposal, Hotspot.STAFF, null, staffUser, null,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        hotspot.startedAs(processInstanceId);
        Map<String, Object> variables = startVariables(hotspot);
        variables.put(HotspotVariables.PROPOSED_BY, proposal.proposer().trim());
        return variables;
    }

    private static String label(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        String label = switch (field) {
            case "areaName" -> "Område";
            case "location" -> "Stedet";
            case "location.address" -> "Adresse";
            case "location.latitude" -> "Breddegrad";
            case "location.longitude" -> "Længdegrad";
            case "reason" -> "Begrundelse";
            case "timesOfDay" -> "Tidspunkter";
            case "proposer" -> "Foreslået af";
            default -> field;
        };
        return label + " (" + violation.getMessage() + ")";
    }

    private Map<String, Object> startVariables(Hotspot hotspot) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(HotspotVariables.HOTSPOT_ID, hotspot.getId().toString());
        variables.put(HotspotVariables.AREA_NAME, hotspot.getAreaName());
        variables.put(HotspotVariables.LOCATION, VariableText.fit(hotspot.locationText()));
        variables.put(HotspotVariables.PROPOSAL_REASON, hotspot.getReason());
        variables.put(HotspotVariables.TIMES_OF_DAY, hotspot.getTimesOfDay());
        variables.put(HotspotVariables.PLANNED_SHIFT_HOURS, properties.defaultShiftHours().doubleValue());
        variables.put(HotspotVariables.EVALUATION_WORKING_DAYS, properties.evaluationWorkingDays());
        return variables;
    }

    /** The status of a hotspot this partner proposed; empty for another partner's (or nobody's). */
    public Optional<Receipt> receipt(UUID partnerId, UUID hotspotId) {
        return transaction.execute(status -> hotspots.findById(hotspotId)
                .filter(hotspot -> partnerId.equals(hotspot.getPartnerId()))
                .map(HotspotService::receipt));
    }

    /**
     * What the proposer of a hotspot may know: where it stands, the approved period (from APPROVED
     * on) or the lokalråd's reason for a rejection. Nothing of the shifts.
     */
    static Receipt receipt(Hotspot hotspot) {
        return Receipt.of(hotspot.getId(), hotspot.getPartnerReference(), ReceiptStatus.of(hotspot.getStatus()),
                        hotspot.getProposedAt())
                .withPeriod(hotspot.getPeriodFrom(), hotspot.getPeriodTo())
                .withRejectionReason(hotspot.getRejectionReason());
    }

    // ------------------------------------------------------------------ decisions

    /** The lokalråd approved the hotspot for a period with a planned presence per week. */
    public HotspotPlan approve(UUID hotspotId, LocalDate from, LocalDate to, Number shiftsPerWeek, Number shiftHours,
            String note, String leader) {
        Hotspot hotspot = hotspot(hotspotId);
        HotspotPlan plan = plan(from, to, shiftsPerWeek, shiftHours);
        requireNoCpr(note);
        Instant now = clock.instant();
        hotspot.approve(plan, now);
        decisions.save(new HotspotDecision(hotspotId, HotspotDecision.Kind.APPROVED, plan, note, null, who(leader), now));
        return plan;
    }

    /** The lokalråd rejected the hotspot; the reason is shown to the proposer. */
    public void reject(UUID hotspotId, String reason, String leader) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Skriv lokalrådets begrundelse for afslaget: forslagsstilleren ser den.");
        }
        requireNoCpr(reason);
        Hotspot hotspot = hotspot(hotspotId);
        Instant now = clock.instant();
        hotspot.reject(reason.trim(), now);
        decisions.save(new HotspotDecision(hotspotId, HotspotDecision.Kind.REJECTED, null, reason.trim(), null, who(leader), now));
    }

    /** The approved period has begun. */
    public void activate(UUID hotspotId) {
        hotspot(hotspotId).activate();
    }

    /** The period is over: the hotspot awaits its evaluation; the period's shifts and hours in sum. */
    public PeriodSummary endPeriod(UUID hotspotId) {
        Hotspot hotspot = hotspot(hotspotId);
        hotspot.periodEnded();
        return summary(hotspot);
    }

    PeriodSummary summary(Hotspot hotspot) {
        Instant from = hotspot.getPeriodFrom().atStartOfDay(TrekantZone.get()).toInstant();
        Instant to = hotspot.getPeriodTo().plusDays(1).atStartOfDay(TrekantZone.get()).toInstant();
        List<HotspotShift> inPeriod = shifts.findByHotspotIdOrderByStartedAt(hotspot.getId()).stream()
                .filter(shift -> !shift.getStartedAt().isBefore(from) && shift.getStartedAt().isBefore(to))
                .toList();
        BigDecimal hours = inPeriod.stream().map(HotspotShift::getHours).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new PeriodSummary(inPeriod.size(), hours,
                (int) inPeriod.stream().filter(HotspotShift::isPolicePresent).count(),
                (int) inPeriod.stream().filter(HotspotShift::isGuardsPresent).count(),
                inPeriod.stream().mapToInt(HotspotShift::getContactCount).sum());
    }

    /**
     * The evaluation extends the hotspot: a new period from the day after the old one (or today, if
     * that is later) to {@code to}, approved again.
     */
    public HotspotPlan extend(UUID hotspotId, LocalDate to, Number shiftsPerWeek, Number shiftHours, String note,
            String policeInput, String leader) {
        Hotspot hotspot = hotspot(hotspotId);
        requirePoliceInput(policeInput);
        requireNoCpr(note);
        LocalDate dayAfter = hotspot.getPeriodTo().plusDays(1);
        LocalDate today = today();
        HotspotPlan plan = plan(dayAfter.isAfter(today) ? dayAfter : today, to, shiftsPerWeek, shiftHours);
        Instant now = clock.instant();
        hotspot.approve(plan, now);
        decisions.save(new HotspotDecision(hotspotId, HotspotDecision.Kind.EXTENDED, plan, note, policeInput.trim(), who(leader), now));
        return plan;
    }

    /** The evaluation closes the hotspot (the closing itself is {@link #close}). */
    public void evaluatedForClosing(UUID hotspotId, String note, String policeInput, String leader) {
        hotspot(hotspotId);
        requirePoliceInput(policeInput);
        requireNoCpr(note);
        decisions.save(new HotspotDecision(hotspotId, HotspotDecision.Kind.CLOSED, null, note, policeInput.trim(), who(leader),
                clock.instant()));
    }

    public void close(UUID hotspotId) {
        hotspot(hotspotId).close(clock.instant());
    }

    private static void requirePoliceInput(String policeInput) {
        if (policeInput == null || policeInput.isBlank()) {
            throw new IllegalArgumentException("Skriv politiets vurdering: evalueringen holdes sammen med politiet.");
        }
        requireNoCpr(policeInput);
    }

    /** Who decided: the leader who completed the task ("ukendt" if the engine knew nobody, e.g. a script). */
    private static String who(String leader) {
        return leader == null ? "ukendt" : leader;
    }

    private static void requireNoCpr(String... texts) {
        for (String text : texts) {
            if (NoCpr.Validator.mentionsCpr(text)) {
                throw new IllegalArgumentException("Skriv ikke CPR-numre: et hotspot handler om et sted, ikke om personer.");
            }
        }
    }

    private HotspotPlan plan(LocalDate from, LocalDate to, Number shiftsPerWeek, Number shiftHours) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Angiv periodens første og sidste dag.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Periodens sidste dag ligger før dens første dag.");
        }
        if (to.isBefore(today())) {
            throw new IllegalArgumentException("Perioden er allerede slut: vælg en sidste dag fra i dag og frem.");
        }
        if (to.isAfter(from.plus(properties.maxPeriod()))) {
            throw new IllegalArgumentException("En periode må højst vare " + properties.maxPeriod()
                    + "; forlæng den ved evalueringen.");
        }
        if (shiftsPerWeek == null || shiftsPerWeek.doubleValue() != Math.rint(shiftsPerWeek.doubleValue())
                || shiftsPerWeek.intValue() < 1 || shiftsPerWeek.intValue() > properties.maxShiftsPerWeek()) {
            throw new IllegalArgumentException("Antal vagter pr. uge skal være et helt tal fra 1 til "
                    + properties.maxShiftsPerWeek() + ".");
        }
        BigDecimal hours = shiftHours == null ? properties.defaultShiftHours() : new BigDecimal(shiftHours.toString());
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(12)) > 0) {
            throw new IllegalArgumentException("Timer pr. vagt skal være mere end 0 og højst 12.");
        }
        return new HotspotPlan(from, to, shiftsPerWeek.intValue(), hours.setScale(2, RoundingMode.HALF_UP));
    }

    // ------------------------------------------------------------------ shifts

    /**
     * A preventer's presence shift: kept with the hotspot and its hours in the hour log (kind
     * HOTSPOT_PRESENCE, source HOTSPOT, the task's id). The same task logged again keeps the first.
     */
    public HotspotShift recordShift(UUID hotspotId, String taskId, String staffUser, HotspotShiftReport report) {
        Optional<HotspotShift> logged = shifts.findByTaskId(taskId);
        if (logged.isPresent()) {
            return logged.get();
        }
        Hotspot hotspot = hotspot(hotspotId);
        List<String> problems = new ArrayList<>();
        validator.validate(report).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> shiftLabel(violation.getPropertyPath().toString()) + " (" + violation.getMessage() + ")")
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Vagten kan ikke gemmes: " + String.join("; ", problems) + ".");
        }
        Duration length = Duration.between(report.startedAt(), report.endedAt());
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("Vagten skal slutte efter, at den begyndte.");
        }
        if (length.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("En vagt varer højst 24 timer: del den op.");
        }
        if (report.startedAt().isAfter(clock.instant())) {
            throw new IllegalArgumentException("Vagten er ikke begyndt endnu: registrér den, når den er holdt.");
        }
        BigDecimal onSite = BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        BigDecimal hours = report.hours() == null ? onSite : report.hours().setScale(2, RoundingMode.HALF_UP);
        if (hours.compareTo(onSite) > 0) {
            throw new IllegalArgumentException("Timerne er flere end tiden fra start til slut.");
        }
        HourEntry entry = hourLog.record(staffUser, report.startedAt().atZone(TrekantZone.get()).toLocalDate(), HourKind.HOTSPOT_PRESENCE,
                hours, HourSource.HOTSPOT, hotspot.getId(), taskId, Boolean.TRUE.equals(report.policePresent()));
        return shifts.save(new HotspotShift(hotspotId, taskId, staffUser, report, hours, entry.id(), clock.instant()));
    }

    private static String shiftLabel(String field) {
        return switch (field) {
            case "startedAt" -> "Start";
            case "endedAt" -> "Slut";
            case "hours" -> "Timer";
            case "contactCount" -> "Antal kontakter";
            case "contacts" -> "Kontakter";
            case "observations" -> "Observationer";
            default -> field;
        };
    }

    /** A hotspot's shifts, oldest first (for staff and reports; never for partners). */
    public List<HotspotShift> shifts(UUID hotspotId) {
        return shifts.findByHotspotIdOrderByStartedAt(hotspotId);
    }

    public List<HotspotDecision> decisions(UUID hotspotId) {
        return decisions.findByHotspotIdOrderByDecidedAt(hotspotId);
    }

    public Optional<Hotspot> find(UUID hotspotId) {
        return hotspots.findById(hotspotId);
    }

    public long hotspotCount() {
        return hotspots.count();
    }

    /** The hotspots with this status now (e.g. ACTIVE, for the monthly figures). */
    public List<Hotspot> withStatus(HotspotStatus status) {
        return hotspots.findByStatus(status);
    }

    private Hotspot hotspot(UUID hotspotId) {
        return hotspots.findById(hotspotId)
                .orElseThrow(() -> new IllegalStateException("No hotspot " + hotspotId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TrekantZone.get()));
    }
}
