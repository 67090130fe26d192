/** Who is signed in, as the features see it (the sign-in itself lives in people). */
@NamedInterface("security")
package com.campaigntracker.shared.security;

import org.springframework.modulith.NamedInterface;
