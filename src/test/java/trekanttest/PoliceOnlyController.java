package trekanttest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * A partner endpoint admitting only the police, for security tests. It lives outside
 * {@code dk.trekant} so that component scanning never picks it up; tests {@code @Import} it.
 * Hidden from the OpenAPI documents: it is not part of the published partner API.
 */
@Hidden
@RestController
public class PoliceOnlyController {

    @GetMapping("/api/v1/test-police-only")
    @PreAuthorize("hasAuthority('PARTNER_POLICE')")
    public String hello() {
        return "hej politi";
    }
}
