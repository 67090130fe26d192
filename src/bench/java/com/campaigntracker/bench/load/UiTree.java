package com.campaigntracker.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a simulated browser knows of one UI: the state nodes the server attached, with their tags,
 * attributes and the server methods the client may call on them (Flow's node features 0, 3 and 19).
 * Enough to find an element by id or tag, which is all a scripted user needs.
 */
final class UiTree {

    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int CLIENT_DELEGATE_HANDLERS = 19;

    static final class Node {
        final int id;
        String tag;
        final Map<String, String> attributes = new HashMap<>();
        final Set<String> serverMethods = new HashSet<>();

        Node(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies one response's changes; returns the nodes it attached. */
    List<Node> apply(JsonNode changes) {
        List<Node> attached = new ArrayList<>();
        if (changes == null) {
            return attached;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> {
                    Node node = new Node(id);
                    nodes.put(id, node);
                    attached.add(node);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> {
                    if (change.path("feat").asInt() == ELEMENT_ATTRIBUTES) {
                        node(id).attributes.remove(change.path("key").asText());
                    }
                }
                case "splice" -> {
                    if (change.path("feat").asInt() == CLIENT_DELEGATE_HANDLERS) {
                        change.path("add").forEach(m -> node(id).serverMethods.add(m.asText()));
                    }
                }
                default -> { } // children order, properties, styles: nothing a scripted user looks at
            }
        }
        attached.removeIf(n -> !nodes.containsKey(n.id)); // attached and detached in one response
        return attached;
    }

    private static void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        JsonNode value = change.get("value");
        if (feature == ELEMENT_DATA && "tag".equals(change.path("key").asText()) && value != null) {
            node.tag = value.asText();
        } else if (feature == ELEMENT_ATTRIBUTES && value != null) {
            node.attributes.put(change.path("key").asText(), value.asText());
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    Optional<Node> byId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.attributes.get("id"))).findFirst();
    }

    Optional<Node> byTag(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).findFirst();
    }
}
