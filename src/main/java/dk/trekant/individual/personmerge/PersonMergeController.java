package dk.trekant.individual.personmerge;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.trekant.platform.security.StaffPrincipal;

/**
 * "Flet med anden person" (koordinator, leder): two records of one person become one. 400 names the
 * field that is wrong, 404 an unknown person, 409 a merge into itself, of an already merged
 * person or of two records with different CPR numbers; nothing is stored unless all of it is.
 */
@RestController
@RequestMapping("/api/staff/person-merges")
@Tag(name = "Staff")
@SecurityRequirement(name = "staffBasic")
@PreAuthorize("hasAnyAuthority('GROUP_koordinator', 'GROUP_leder')")
class PersonMergeController {

    private final PersonMerges merges;

    PersonMergeController(PersonMerges merges) {
        this.merges = merges;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Merge two records of one person: incidents and cases move, of two open cases one is kept and the other closed")
    PersonMergeResult merge(@RequestBody PersonMergeRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        return merges.merge(request, staff.userId());
    }
}
