/**
 * The public REST API under {@code /api/v1} (issue 24): personal access tokens (created and revoked on My
 * account, stored as hashes), a stateless bearer-token filter chain that signs a call in as the token's
 * person, per-token rate limits, problem+json errors, and the OpenAPI document. Every call goes through
 * the same services, with the same authorization, as the UI.
 */
@ApplicationModule(allowedDependencies = {
        "discussion",
        "people",
        "plan",
        "schedule",
        "tracking",
        "warning",
        "shared",
        "shared :: i18n",
        "shared :: security",
        "shared :: ui"
})
package com.campaigntracker.api;

import org.springframework.modulith.ApplicationModule;
