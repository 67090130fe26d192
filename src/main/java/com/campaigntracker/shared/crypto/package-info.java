/** Secrets at rest (issue 19, L3): AES-GCM with a key from APP_SECRET_KEY or the data folder. */
@NamedInterface("crypto")
package com.campaigntracker.shared.crypto;

import org.springframework.modulith.NamedInterface;
