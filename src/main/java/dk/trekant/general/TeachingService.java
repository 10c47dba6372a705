package dk.trekant.general;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.intake.IntakeRouter;
import dk.trekant.intake.Receipt;
import dk.trekant.intake.ReceiptStatus;
import dk.trekant.intake.Submission;
import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.platform.identity.StaffGroups;
import dk.trekant.platform.time.StoredClock;
import dk.trekant.platform.web.InvalidRequestException.FieldError;
import dk.trekant.platform.persistence.ConcurrentChange;
import dk.trekant.platform.web.InvalidRequestException;

/**
 * Teaching courses (undervisningsforløb): a school's request (through the API, idempotent per
 * reference) or a consultant's (Tasklist start form) becomes a row and a {@code teachingRequest}
 * process; the tasks' listeners record the plan, the lesson (hours into the shared hour log) or
 * why it was not held; the school may cancel. Everything here runs in the caller's transaction,
 * or in one of its own.
 */
@Service
public class TeachingService {

    /** The preventer gets the task at 08:00 on the reminder day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    /** The lesson is to be recorded by 16:00 this many working days after the planned date. */
    static final int REGISTRATION_WORKING_DAYS = 2;
    static final LocalTime REGISTRATION_TIME = LocalTime.of(16, 0);

    private final TeachingRequestRepository requests;
    private final TeachingProperties properties;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final HourLog hourLog;
    private final WorkingDayCalendar workdays;
    private final TransactionTemplate transaction;
    private final IntakeRouter router;
    private final Clock clock = StoredClock.UTC_MICROS;

    TeachingService(TeachingRequestRepository requests, TeachingProperties properties, RuntimeService runtimeService,
            IdentityService identityService, HourLog hourLog, WorkingDayCalendar workdays,
            PlatformTransactionManager transactions, IntakeRouter router) {
        this.router = router;
        this.requests = requests;
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.hourLog = hourLog;
        this.workdays = workdays;
        this.transaction = new TransactionTemplate(transactions);
    }

    // ------------------------------------------------------------------ requests

    /**
     * A school's request. The same reference from the same school again returns the first receipt
     * and stores nothing; two racing requests meet at the unique key and the loser finds the winner's.
     *
     * @throws InvalidRequestException naming {@code topic}, {@code wishedFrom} or {@code wishedTo}
     */
    public Submission request(UUID schoolPartnerId, String reference, TeachingRequest.Wish wish) {
        return router.accepting(() -> ConcurrentChange.inTransaction(transaction, () -> requestOnce(schoolPartnerId, reference, wish)));
    }

    private Submission requestOnce(UUID schoolPartnerId, String reference, TeachingRequest.Wish wish) {
        validate(wish); // the rules first: a resend that breaks them is refused like a first request
        Optional<TeachingRequest> existing = requests.findBySchoolPartnerIdAndPartnerReference(schoolPartnerId, reference);
        if (existing.isPresent()) {
            return new Submission(receipt(existing.get()), true);
        }
        TeachingRequest request = requests.saveAndFlush(new TeachingRequest(schoolPartnerId, reference, null, wish,
                clock.instant()));
        router.enqueue(TeachingRequestRoute.KIND, request.getId(), request.getId(), request.getReceivedAt());
        return new Submission(receipt(request), false);
    }

    /** Starts the process of a school's accepted request (the intake queue's route, in the router's transaction). */
    void start(UUID requestId) {
        Optional<TeachingRequest> found = requests.findById(requestId);
        if (found.isEmpty() || found.get().getProcessInstanceId() != null) {
            return; // deleted, or started already
        }
        TeachingRequest request = found.get();
        ProcessInstance instance = runtimeService.createMessageCorrelation(TeachingVariables.REQUESTED_MESSAGE)
                .processInstanceBusinessKey(request.getId().toString())
                .setVariables(variablesFor(request))
                .correlateStartMessage();
        request.startedAs(instance.getId());
    }

    /**
     * A request a consultant entered in Tasklist (the start form of {@code teachingRequest}); runs
     * in the engine's transaction. Returns the variables the process carries from here on.
     */
    public Map<String, Object> registerFromStaff(String requestedBy, TeachingRequest.Wish wish, String processInstanceId) {
        validate(wish);
        TeachingRequest request = requests.saveAndFlush(new TeachingRequest(null, null, requestedBy, wish, clock.instant()));
        request.startedAs(processInstanceId);
        return variablesFor(request);
    }

    /** The rules bean validation cannot check: a configured topic, a period that is not past and runs forwards. */
    void validate(TeachingRequest.Wish wish) {
        List<FieldError> errors = new ArrayList<>();
        if (properties.topic(wish.topic()).isEmpty()) {
            errors.add(new FieldError("topic", "is not one of the configured topics: "
                    + String.join(", ", properties.topics().stream().map(TeachingProperties.Topic::code).toList())));
        }
        LocalDate today = LocalDate.now(clock.withZone(workdays.zone()));
        if (wish.wishedFrom() != null && wish.wishedFrom().isBefore(today)) {
            errors.add(new FieldError("wishedFrom", "must not be in the past"));
        }
        if (wish.wishedTo() != null && wish.wishedTo().isBefore(today)) {
            errors.add(new FieldError("wishedTo", "must not be in the past"));
        } else if (wish.wishedFrom() != null && wish.wishedTo() != null && wish.wishedTo().isBefore(wish.wishedFrom())) {
            errors.add(new FieldError("wishedTo", "must not be before wishedFrom"));
        }
        if (wish.grade() < 0 || wish.grade() > 10) {
            errors.add(new FieldError("grade", "must be from 0 to 10"));
        }
        if (wish.classes() < 1) {
            errors.add(new FieldError("classes", "must be at least 1"));
        }
        if (wish.pupils() < 1) {
            errors.add(new FieldError("pupils", "must be at least 1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private Map<String, Object> variablesFor(TeachingRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TeachingVariables.REQUEST_ID, request.getId().toString());
        variables.put(TeachingVariables.SCHOOL_NAME, request.getSchoolName());
        variables.put(TeachingVariables.GRADE, request.getGrade());
        variables.put(TeachingVariables.CLASSES, request.getClasses());
        variables.put(TeachingVariables.PUPILS, request.getPupils());
        variables.put(TeachingVariables.TOPIC, request.getTopic());
        variables.put(TeachingVariables.TOPIC_LABEL,
                properties.topic(request.getTopic()).map(TeachingProperties.Topic::label).orElse(request.getTopic()));
        variables.put(TeachingVariables.WISHED_FROM, request.getWishedFrom().toString());
        variables.put(TeachingVariables.WISHED_TO, request.getWishedTo().toString());
        variables.put(TeachingVariables.REQUEST_NOTE, request.getNote());
        variables.put(TeachingVariables.PLANNING_WORKING_DAYS, properties.planningWorkingDays());
        variables.put(TeachingVariables.REMINDER_WORKING_DAYS, properties.reminderWorkingDays());
        return variables;
    }

    /** The status of a course this school asked for; empty for another school's or an unknown id. */
    public Optional<Receipt> status(UUID schoolPartnerId, UUID id) {
        return transaction.execute(status -> owned(schoolPartnerId, id).map(TeachingService::receipt));
    }

    /**
     * What the school reads about the course it asked for: where it stands, the planned date and when
     * it was held. Nothing of the team's planning (preventer, material) or evaluation.
     */
    static Receipt receipt(TeachingRequest request) {
        boolean planned = request.getStatus() == TeachingStatus.PLANNED || request.getStatus() == TeachingStatus.HELD;
        return Receipt.of(request.getId(), request.getPartnerReference(), ReceiptStatus.of(request.getStatus()),
                        request.getReceivedAt())
                .withTeaching(planned ? request.getPlannedDate() : null, request.getHeldAt());
    }

    private Optional<TeachingRequest> owned(UUID schoolPartnerId, UUID id) {
        return requests.findById(id).filter(request -> schoolPartnerId.equals(request.getSchoolPartnerId()));
    }

    /** Why a school's cancellation is refused. */
    public enum CancelRefusal {
        NOT_FOUND, ALREADY_HELD
    }

    /** A refused cancellation. */
    public static class CancelRefusedException extends RuntimeException {
        private final CancelRefusal refusal;

        CancelRefusedException(CancelRefusal refusal) {
            super("Cancellation refused: " + refusal);
            this.refusal = refusal;
        }

        public CancelRefusal refusal() {
            return refusal;
        }
    }

    /**
     * The school cancels its course (message {@code teachingCancelled} into the process). Cancelling
     * a cancelled course again changes nothing; a course already held cannot be cancelled.
     */
    public Receipt cancelBySchool(UUID schoolPartnerId, UUID id, String reason) {
        return transaction.execute(status -> {
            TeachingRequest request = owned(schoolPartnerId, id)
                    .orElseThrow(() -> new CancelRefusedException(CancelRefusal.NOT_FOUND));
            if (request.getStatus() == TeachingStatus.HELD) {
                throw new CancelRefusedException(CancelRefusal.ALREADY_HELD);
            }
            if (request.getStatus() != TeachingStatus.CANCELLED) {
                Map<String, Object> variables = new HashMap<>();
                variables.put(TeachingVariables.CANCELLATION_SOURCE, "SCHOOL");
                variables.put(TeachingVariables.CANCELLATION_REASON, reason);
                runtimeService.createMessageCorrelation(TeachingVariables.CANCELLED_MESSAGE)
                        .processInstanceBusinessKey(request.getId().toString())
                        .setVariables(variables)
                        .correlate();
            }
            return receipt(requests.findById(id).orElseThrow());
        });
    }

    // ------------------------------------------------------------------ what the tasks record

    /** The plan's clocks: when the preventer gets the task, and when the lesson is to be recorded. */
    public record PlanDates(Date reminderAt, Date registrationDue) {
    }

    /**
     * "Planlæg undervisning": the date (today or later), the preventer (a member of group
     * forebygger) and the material. Throws {@link IllegalArgumentException} with a Danish message
     * for Tasklist when the input is wrong (the task then stays open).
     */
    public PlanDates recordPlan(UUID requestId, String plannedDate, String preventer, String material, String plannedBy) {
        LocalDate date = date(plannedDate, "Dato for undervisningen");
        LocalDate today = LocalDate.now(clock.withZone(workdays.zone()));
        if (date.isBefore(today)) {
            throw new IllegalArgumentException("Datoen for undervisningen ligger i fortiden.");
        }
        if (preventer == null || preventer.isBlank() || !isPreventer(preventer.trim())) {
            throw new IllegalArgumentException("Underviseren skal være en bruger i gruppen forebygger.");
        }
        TeachingRequest request = requests.findById(requestId).orElseThrow();
        request.plan(date, preventer.trim(), blankToNull(material), plannedBy);
        return planDates(date);
    }

    /** When the reminder fires ({@code reminderWorkingDays} working days before the date, 08:00; now if that has passed). */
    public PlanDates planDates(LocalDate plannedDate) {
        LocalDate reminderDay = plannedDate;
        for (int left = properties.reminderWorkingDays(); left > 0; ) {
            reminderDay = reminderDay.minusDays(1);
            if (workdays.isWorkingDay(reminderDay)) {
                left--;
            }
        }
        Instant reminder = reminderDay.atTime(REMINDER_TIME).atZone(workdays.zone()).toInstant();
        Instant now = clock.instant();
        if (reminder.isBefore(now)) {
            reminder = now;
        }
        Instant due = workdays.addWorkingDays(plannedDate, REGISTRATION_WORKING_DAYS).atTime(REGISTRATION_TIME)
                .atZone(workdays.zone()).toInstant();
        return new PlanDates(Date.from(reminder), Date.from(due));
    }

    /** Members of group forebygger, as "id (name)", for the planning form. */
    public String availablePreventers() {
        List<String> names = new ArrayList<>();
        for (User user : identityService.createUserQuery().memberOfGroup(StaffGroups.FOREBYGGER).orderByUserId().asc()
                .listPage(0, 100)) {
            String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                    + (user.getLastName() == null ? "" : user.getLastName())).trim();
            names.add(name.isEmpty() ? user.getId() : user.getId() + " (" + name + ")");
        }
        return String.join(", ", names);
    }

    private boolean isPreventer(String userId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(StaffGroups.FOREBYGGER).count() == 1;
    }

    /** What the preventer taught. */
    public record Lesson(String heldOn, Number classesTaught, Number pupilsReached, Number hours, String evaluation) {
    }

    /**
     * "Gennemfør og registrér", held: the classes and pupils reached into the course, the hours into
     * the shared hour log (kind and source TEACHING, the task's id: a retried completion logs once).
     */
    public void recordHeld(UUID requestId, Lesson lesson, String staffUser, String taskId) {
        LocalDate heldOn = date(lesson.heldOn(), "Dato for undervisningen");
        if (heldOn.isAfter(LocalDate.now(clock.withZone(workdays.zone())))) {
            throw new IllegalArgumentException("Undervisningen kan ikke registreres før den er holdt.");
        }
        int classes = whole(lesson.classesTaught(), "Antal klasser", 1, 50);
        int pupils = whole(lesson.pupilsReached(), "Antal elever nået", 1, 2000);
        if (lesson.hours() == null) {
            throw new IllegalArgumentException("Antal timer mangler.");
        }
        BigDecimal hours = new BigDecimal(lesson.hours().toString());
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new IllegalArgumentException("Antal timer skal være mere end 0 og højst 24.");
        }
        TeachingRequest request = requests.findById(requestId).orElseThrow();
        request.held(heldOn, classes, pupils, hours, blankToNull(lesson.evaluation()));
        hourLog.record(staffUser, heldOn, HourKind.TEACHING, hours, HourSource.TEACHING, requestId, taskId, null);
    }

    /** "Gennemfør og registrér", not held: back to planning. */
    public void recordNotHeld(UUID requestId, String reason) {
        requests.findById(requestId).orElseThrow().notHeld(blankToNull(reason));
    }

    /** The course is cancelled ({@code by}: SCHOOL or STAFF). */
    public void recordCancelled(UUID requestId, String by, String reason) {
        requests.findById(requestId).orElseThrow().cancel(clock.instant(), by, blankToNull(reason));
    }

    /** The course, for staff-side code (demo, reports). */
    public Optional<TeachingRequest> find(UUID id) {
        return requests.findById(id);
    }

    public long count() {
        return requests.count();
    }

    private static LocalDate date(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        try {
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " kan ikke læses.");
        }
    }

    private static int whole(Number value, String label, int min, int max) {
        if (value == null) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        long number = value.longValue();
        if (number != value.doubleValue() || number < min || number > max) {
            throw new IllegalArgumentException(label + " skal være et helt tal fra " + min + " til " + max + ".");
        }
        return (int) number;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
