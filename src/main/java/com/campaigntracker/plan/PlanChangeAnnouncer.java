package com.campaigntracker.plan;

import com.campaigntracker.shared.db.AfterCommit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Announces a Gantt drag's {@link PlanChanged} once its transaction committed, off the request's thread and
 * as the user who dragged: a drag's answer does not wait for what listens (the warnings evaluate every task
 * of the project). The threads stop with the application context, before its beans are destroyed; an
 * announcement lost then is made good by the warnings' scheduled scan.
 */
@Component
class PlanChangeAnnouncer implements ApplicationListener<ContextClosedEvent> {

    private final ApplicationEventPublisher events;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    PlanChangeAnnouncer(ApplicationEventPublisher events) {
        this.events = events;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("plan-changed-");
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    /** After the current transaction commits (at once without one); nothing when it rolls back. */
    void afterCommit(long projectId) {
        AfterCommit.run(() -> executor.execute(new DelegatingSecurityContextRunnable(
                () -> events.publishEvent(new PlanChanged(projectId)))));
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        executor.shutdown();
    }
}
