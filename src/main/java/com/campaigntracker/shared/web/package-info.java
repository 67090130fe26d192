/** What the browser fetches beside the pages: the installed app's service worker. */
@NamedInterface("web")
package com.campaigntracker.shared.web;

import org.springframework.modulith.NamedInterface;
