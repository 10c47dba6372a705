package dk.trekant.targeted.meeting;

import java.net.URI;
import java.time.DayOfWeek;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dk.trekant.platform.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The schools that hold joint prevention meetings: preventers read the list, leaders and
 * administrators add and change schools. A change applies to meetings planned from then on.
 */
@RestController
@RequestMapping("/api/staff/schools")
@Tag(name = "Staff")
@SecurityRequirement(name = "staffBasic")
class SchoolController {

    private final JointMeetingService meetings;

    SchoolController(JointMeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('GROUP_forebygger', 'GROUP_leder', 'GROUP_camunda-admin')")
    @Operation(summary = "The schools and their meeting day (preventers, leaders, administrators)")
    List<SchoolSettings> schools() {
        return meetings.allSchools().stream().map(SchoolSettings::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('GROUP_leder', 'GROUP_camunda-admin')")
    @Operation(summary = "Add a school (leaders, administrators); 409 when the code is taken")
    ResponseEntity<SchoolSettings> add(@Validated @RequestBody SchoolSettings settings) {
        checkWorkingDay(settings.meetingDay());
        School school = meetings.addNewSchool(settings)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "A school with this code exists."));
        return ResponseEntity.created(URI.create("/api/staff/schools/" + school.getCode())).body(SchoolSettings.of(school));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAnyAuthority('GROUP_leder', 'GROUP_camunda-admin')")
    @Operation(summary = "Change a school (leaders, administrators); the code in the body must match")
    SchoolSettings change(@PathVariable String code, @Validated @RequestBody SchoolSettings settings) {
        if (!code.equals(settings.code())) {
            throw new InvalidRequestException("code", "must be the code in the path");
        }
        checkWorkingDay(settings.meetingDay());
        return meetings.changeSchool(settings).map(SchoolSettings::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such school."));
    }

    private static void checkWorkingDay(DayOfWeek day) {
        if (day.getValue() > 5) {
            throw new InvalidRequestException("meetingDay", "must be MONDAY to FRIDAY");
        }
    }
}
