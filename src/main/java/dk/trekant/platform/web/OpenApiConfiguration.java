package dk.trekant.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI trekantOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Trekant partner API").version("v1")
                        .description("""
                                For partner systems (police, schools, clubs, housing associations, \
                                Kriminalforsorgen): submit notifications, concerns and requests, and read \
                                the status of what you sent. Authenticate with 'Authorization: Bearer <token>'. \
                                Errors are application/problem+json; invalid fields are named in 'errors'."""))
                .components(new Components()
                        .addSecuritySchemes("partnerToken", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The partner's API token"))
                        .addSecuritySchemes("staffBasic", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Staff credentials (Camunda identity)")));
    }
}
