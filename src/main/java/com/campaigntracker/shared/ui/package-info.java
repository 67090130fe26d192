/** The shared UI kit: the main layout, project pages' navigation, status badges and small widgets. */
@NamedInterface("ui")
package com.campaigntracker.shared.ui;

import org.springframework.modulith.NamedInterface;
