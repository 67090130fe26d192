package com.campaigntracker.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is and how a call signs in (a personal access token). */
@Configuration
class ApiDocument {

    @Bean
    OpenAPI campaignTrackerApi() {
        return new OpenAPI()
                .info(new Info().title("Campaign Tracker API").version("v1")
                        .description("The plan, its warnings, progress updates and comments, under the same rules as "
                                + "the app. Sign in with a personal access token from My account: "
                                + "Authorization: Bearer ctp_…. Errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("ctp_ personal access token")));
    }
}
