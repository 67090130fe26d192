/** Time: the injected clock and the window of dates the app accepts. */
@NamedInterface("time")
package com.campaigntracker.shared.time;

import org.springframework.modulith.NamedInterface;
