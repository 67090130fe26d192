package com.campaigntracker.ops;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several instances behind a load balancer: with {@code app.instance.route} (env
 * {@code APP_INSTANCE_ROUTE}, e.g. app1) Tomcat ends every session id with {@code .app1}, so that a
 * balancer keeps a browser on the instance that holds its Vaadin session (sessions are not
 * replicated); see ops/cluster/nginx.conf.template. Responses say {@code X-Served-By: app1}.
 */
@Configuration
class InstanceRoute {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionRoute(@Value("${app.instance.route:}") String route) {
        return factory -> {
            if (route.isBlank()) {
                return;
            }
            if (!route.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("app.instance.route is letters, digits, - or _: " + route);
            }
            factory.addContextLifecycleListeners(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    ((Engine) ((Context) event.getLifecycle()).getParent().getParent()).setJvmRoute(route);
                }
            });
        };
    }
}
