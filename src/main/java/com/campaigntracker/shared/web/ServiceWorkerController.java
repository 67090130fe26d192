package com.campaigntracker.shared.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sw.js}: our own service worker ({@code pwa/sw.js}: the static offline page when the network is gone,
 * nothing else cached; README, Install on a phone). Vaadin's {@code @PWA} registers {@code sw.js} from every
 * page; answered here, ahead of Vaadin's servlet, because in development mode Vaadin would serve the worker of
 * its own default frontend bundle (the app shell as offline page, other files to precache) before any static
 * file of ours. Open without signing in (Vaadin's public resources): a worker installs from the login page.
 */
@RestController
class ServiceWorkerController {

    private static final Resource WORKER = new ClassPathResource("pwa/sw.js");

    @GetMapping("/sw.js")
    ResponseEntity<Resource> worker() {
        // no-cache: the browser checks for a new worker at each visit (it may still keep it for offline use)
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
                .body(WORKER);
    }
}
