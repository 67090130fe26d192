package com.campaigntracker.notify;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The ports this app serves on (the web server's and the management server's): no webhook may call them. */
@Component
class AppPorts {

    private final Set<Integer> ports = ConcurrentHashMap.newKeySet();

    AppPorts(@Value("${server.port:8080}") int serverPort, @Value("${management.server.port:-1}") int managementPort) {
        for (int port : new int[] {serverPort, managementPort}) {
            if (port > 0) {
                ports.add(port);
            }
        }
    }

    @EventListener
    void serving(WebServerInitializedEvent event) {
        ports.add(event.getWebServer().getPort());
    }

    boolean contains(int port) {
        return ports.contains(port);
    }
}
