/** Work that must be done before the app serves its first request. */
@NamedInterface("startup")
package com.campaigntracker.shared.startup;

import org.springframework.modulith.NamedInterface;
