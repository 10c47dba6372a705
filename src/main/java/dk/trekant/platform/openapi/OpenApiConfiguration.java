package dk.trekant.platform.openapi;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/**
 * The OpenAPI documents of Trekant's own API: one per audience (partner, staff, admin), served at
 * {@code /v3/api-docs/{group}} and listed in Swagger UI with the partner API first. Each operation
 * gets its contract from {@link ApiContract}; schemas get their descriptions from
 * {@code openapi/descriptions.yaml}; request bodies get examples Trekant accepts.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // Enums as schemas of their own: documented once, and generated clients get one enum type each.
        ModelResolver.enumsAsRef = true;
    }

    static final String BEARER_HINT = """
            Send the partner's API token in the `Authorization` header: `Authorization: Bearer <token>`. \
            Trekant's administrator registers a partner system and hands over its token once; only a hash of it \
            is stored. The token decides the partner's kind (POLICE, SCHOOL, ...), and each operation says which \
            kinds it admits. In the demo profile the token is the demo partner's name, e.g. `demo-politi` (POLICE), \
            `demo-skole` (SCHOOL), `demo-klub` (CLUB), `demo-boligselskab` (HOUSING), `demo-vaegter` (GUARDS), \
            `demo-kriminalforsorgen` (KRIMINALFORSORGEN), `demo-arbejdsplads` (WORKPLACE).""";

    static final String BASIC_HINT = """
            HTTP Basic with a staff member's Camunda user name and password (the same as for Tasklist). \
            What a user may do follows their Camunda groups (leder, forebygger, camunda-admin, ...).""";

    private final String version;
    private final SchemaDocumentation documentation = SchemaDocumentation.load();
    private final ZoneId zone;

    /** The documents' version is the application's (META-INF/build-info.properties, written by the Maven build). */
    OpenApiConfiguration(ObjectProvider<BuildProperties> build, WorkingDayCalendar calendar) {
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "unknown" : properties.getVersion();
        this.zone = calendar.zone();
    }

    @Bean
    OpenAPI trekantOpenApi() {
        return new OpenAPI()
                .info(info("Trekant API", "All of Trekant's own API; see the groups partner, staff and admin."))
                .components(new Components()
                        .addSecuritySchemes("partnerToken", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").description(BEARER_HINT))
                        .addSecuritySchemes("staffBasic", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic").description(BASIC_HINT)));
    }

    @Bean
    GroupedOpenApi partnerApiDocument() {
        return group(ApiContract.Group.PARTNER, "Partner API v1", info("Trekant partner API", """
                For partner systems (police, schools, clubs, housing associations, guards, workplaces, \
                Kriminalforsorgen): send notifications, concerns and requests to the municipality's \
                crime-prevention team (Kriminalpræventivt Team), and read the status of what you sent.

                * Authenticate with `Authorization: Bearer <token>` (see the security scheme *partnerToken*).
                * Every request carries your own `reference`. Sending the same reference again is safe: \
                the first time answers 201 with a receipt, every later time 200 with the same receipt, and \
                nothing new is stored. Retry freely after a timeout.
                * Errors are `application/problem+json` (schema *Problem*); invalid fields are named in \
                `errors[].field`, and nothing of a refused request is stored.
                * A status you read is yours only: another partner's id answers 404.
                * Versioning: a breaking change comes as `/api/v2` beside `/api/v1`; the old operations then \
                answer with `Deprecation` and `Sunset` headers until they are removed. Additions (new \
                operations, new optional fields, new enum values in answers) may come within v1: \
                ignore what you do not know."""));
    }

    @Bean
    GroupedOpenApi staffApiDocument() {
        return group(ApiContract.Group.STAFF, "Staff API", info("Trekant staff API", """
                For the team's own staff (HTTP Basic with Camunda credentials): schools and their meeting \
                day, a case's audit trail, a data subject's export. Errors are `application/problem+json`."""));
    }

    @Bean
    GroupedOpenApi adminApiDocument() {
        return group(ApiContract.Group.ADMIN, "Staff API: administration", info("Trekant admin API", """
                For administrators (Camunda group camunda-admin): register partner systems and list them. \
                Errors are `application/problem+json`."""));
    }

    private Info info(String title, String description) {
        return new Info().title(title).version(version).description(description);
    }

    /** Swagger UI lists the groups by display name: "Partner ..." comes first, "Staff ..." after it. */
    private GroupedOpenApi group(ApiContract.Group group, String displayName, Info info) {
        return GroupedOpenApi.builder()
                .group(group.id)
                .displayName(displayName)
                .pathsToMatch(group.paths)
                .addOpenApiCustomizer(openApi -> {
                    openApi.info(info);
                    defineAndOrderTags(openApi);
                    // Built per request (springdoc.cache.disabled): the examples' dates are relative to today.
                    new ContractCustomizer(documentation, new RequestExamples(Clock.systemUTC(), zone)).apply(openApi);
                })
                .build();
    }

    /** Every tag defined; the partner API's in the order of the prevention triangle (individual, targeted, general). */
    private static void defineAndOrderTags(OpenAPI openApi) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(List::stream)
                .filter(operation -> operation.getTags() != null)
                .flatMap(operation -> operation.getTags().stream())
                .forEach(name -> tags.computeIfAbsent(name, n -> new Tag().name(n)));
        List<Tag> ordered = new ArrayList<>(tags.values());
        ordered.sort(Comparator.comparingInt(tag -> {
            int index = ApiContract.PARTNER_TAG_ORDER.indexOf(tag.getName());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        openApi.setTags(ordered);
    }
}
