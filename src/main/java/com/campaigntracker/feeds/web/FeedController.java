package com.campaigntracker.feeds.web;

import com.campaigntracker.feeds.FeedPaths;
import com.campaigntracker.feeds.FeedService;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feeds for calendar apps, no one signed in: the token in the address says whose feed it is.
 * Every refusal is the same empty 404, so an address says nothing of why it does not work.
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(FeedPaths.ROOT + "{token}/" + FeedPaths.MY_TASKS)
    ResponseEntity<byte[]> myTasks(@PathVariable("token") String token) {
        return answer(feeds.myTasks(token), "my-tasks.ics");
    }

    @GetMapping(FeedPaths.ROOT + "{token}" + FeedPaths.PROJECTS + "{projectId}/" + FeedPaths.MILESTONES)
    ResponseEntity<byte[]> milestones(@PathVariable("token") String token, @PathVariable("projectId") String projectId) {
        if (!projectId.matches("[0-9]{1,18}")) {
            return answer(Optional.empty(), null); // no 400: the same answer as any other address that opens nothing
        }
        return answer(feeds.milestones(token, Long.parseLong(projectId)), "milestones.ics");
    }

    private static ResponseEntity<byte[]> answer(Optional<String> calendar, String fileName) {
        if (calendar.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(CALENDAR);
        // subscribers poll (every hour, as the feed says); a secret address: no shared cache keeps it
        headers.setCacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePrivate());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Robots-Tag", "noindex");
        return ResponseEntity.ok().headers(headers).body(calendar.get().getBytes(StandardCharsets.UTF_8));
    }
}
