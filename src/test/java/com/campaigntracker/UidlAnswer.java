package com.campaigntracker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the server would answer the browser now (every change since the last answer), written by
 * Vaadin's own UidlWriter as production mode sends it: development mode adds each element's Java class
 * ("jc"), left out here. For the tests and benchmarks that weigh a step (also read by src/bench).
 */
public final class UidlAnswer {

    private UidlAnswer() {
    }

    /** The answer's size in bytes of JSON; also written to {@code dumpTo} when given, to be read. */
    public static int bytes(UI ui, Path dumpTo) {
        ObjectNode answer = new UidlWriter().createUidl(ui, false);
        if (answer.get("changes") instanceof ArrayNode changes) {
            for (int i = changes.size() - 1; i >= 0; i--) {
                if ("jc".equals(changes.get(i).path("key").asText())) {
                    changes.remove(i);
                }
            }
        }
        String json = answer.toString();
        if (dumpTo != null) {
            try {
                Files.writeString(dumpTo, json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json.getBytes(StandardCharsets.UTF_8).length;
    }
}
