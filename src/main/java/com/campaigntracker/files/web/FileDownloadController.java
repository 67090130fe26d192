package com.campaigntracker.files.web;

import com.campaigntracker.files.FileLinks;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.files.TaskFileService.Download;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /files/{id}}: a task file for a signed-in person who may see its project, checked on every request
 * (the id alone opens nothing). {@code ?inline=true} shows it in the browser only when its bytes are an
 * image or a PDF; everything else, SVG included, is an attachment of no type the browser would run.
 */
@RestController
class FileDownloadController {


    private final TaskFileService files;

    FileDownloadController(TaskFileService files) {
        this.files = files;
    }

    @GetMapping("/" + FileLinks.PATH + "{id}")
    ResponseEntity<InputStreamResource> file(@PathVariable("id") long id,
                                             @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
        Download d = files.download(id).orElse(null);
        if (d == null) {
            return ResponseEntity.notFound().build(); // not there, or not mine: the same answer
        }
        boolean show = inline && d.preview();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition((show ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(d.name(), java.nio.charset.StandardCharsets.UTF_8).build());
        headers.setContentType(show ? MediaType.parseMediaType(d.contentType()) : MediaType.APPLICATION_OCTET_STREAM);
        headers.setContentLength(d.size());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("private, no-store");
        if (!"application/pdf".equals(d.contentType())) { // the browser's PDF viewer does not run in a sandbox
            headers.set("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
        }
        headers.set("X-Checksum-SHA256", d.sha256());
        return ResponseEntity.ok().headers(headers).body(new InputStreamResource(d.bytes()));
    }
}
