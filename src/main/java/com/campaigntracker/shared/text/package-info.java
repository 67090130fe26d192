/** Text rules every form applies: length limits and matching character pairs. */
@NamedInterface("text")
package com.campaigntracker.shared.text;

import org.springframework.modulith.NamedInterface;
