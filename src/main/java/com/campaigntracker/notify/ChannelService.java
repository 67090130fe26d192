package com.campaigntracker.notify;

import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's channels, kept by its manager: chat-group webhooks and e-mail lists. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ChannelService {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private final ProjectChannelRepository channels;
    private final ProjectService projects;
    private final Notifier notifier;
    private final com.campaigntracker.shared.i18n.TranslationProvider translations;
    private final EgressPolicy egress;
    private final AdminAuditLog audit;

    ChannelService(ProjectChannelRepository channels, ProjectService projects, Notifier notifier,
                   com.campaigntracker.shared.i18n.TranslationProvider translations, EgressPolicy egress,
                   AdminAuditLog audit) {
        this.translations = translations;
        this.egress = egress;
        this.audit = audit;
        this.channels = channels;
        this.projects = projects;
        this.notifier = notifier;
    }

    @Transactional(readOnly = true)
    public List<ChannelLine> of(long projectId) {
        if (!projects.isVisible(projectId)) {
            throw new AccessDeniedException("Not your project");
        }
        boolean manager = projects.workTree(projectId).map(t -> t.project().manages()).orElse(false);
        // a webhook's address is its access token: only those who keep the channels see it whole
        return channels.findByProjectIdOrderById(projectId).stream().map(c -> new ChannelLine(c.getId(), c.getVersion(),
                c.getKind(), c.getName(), manager ? c.getTarget() : masked(c), c.getSecret() != null, c.isEnabled()))
                .toList();
    }

    private static String masked(ProjectChannel c) {
        if (c.getKind() == ChannelKind.EMAIL) {
            return c.getTarget();
        }
        try {
            URI uri = URI.create(c.getTarget());
            return uri.getScheme() + "://" + uri.getHost() + "/…";
        } catch (IllegalArgumentException e) {
            return "…";
        }
    }

    public long add(long projectId, ChannelDetails details) {
        projects.requireEditable(projectId);
        validate(details);
        ProjectChannel channel = new ProjectChannel(projectId);
        channel.apply(details);
        long id = channels.save(channel).getId();
        audit.record(AuditKind.CHANNEL_ADDED, subject(channel), id, null, described(channel, null));
        return id;
    }

    /** A blank secret keeps the one stored. */
    public void update(long channelId, long version, ChannelDetails details) {
        ProjectChannel channel = editable(channelId, version);
        validate(details);
        String before = described(channel, null);
        String oldSecret = channel.getSecret();
        String oldTarget = channel.getTarget();
        String secret = details.secret() == null || details.secret().isBlank() ? channel.getSecret() : details.secret();
        channel.apply(new ChannelDetails(details.kind(), details.name(), details.target(), secret, details.enabled()));
        String after = described(channel, Objects.equals(oldSecret, channel.getSecret()) ? "unchanged" : "changed");
        if (channel.getKind() != ChannelKind.EMAIL) {
            after += " · url: " + (oldTarget.equals(channel.getTarget()) ? "unchanged" : "changed");
        }
        audit.record(AuditKind.CHANNEL_CHANGED, subject(channel), channelId, before, after);
    }

    public void remove(long channelId, long version) {
        ProjectChannel channel = editable(channelId, version);
        audit.record(AuditKind.CHANNEL_REMOVED, subject(channel), channelId, described(channel, null), null);
        channels.delete(channel);
    }

    /** "project · channel", as the audit log names a channel. */
    private String subject(ProjectChannel c) {
        String project = projects.workTree(c.getProjectId()).map(t -> t.project().name()).orElse("#" + c.getProjectId());
        return project + " · " + c.getName();
    }

    /** A channel for the audit log: where it goes by host only (the URL is a token), never the secret itself. */
    private static String described(ProjectChannel c, String secretChange) {
        return AdminAuditLog.values("kind", c.getKind(), "name", c.getName(), c.getKind() == ChannelKind.EMAIL ? "address"
                : "host", c.getKind() == ChannelKind.EMAIL ? c.getTarget() : host(c.getTarget()), "enabled", c.isEnabled(),
                "secret", secretChange != null ? secretChange : c.getSecret() == null ? "none" : "set");
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    /** Sends a test message to the project's enabled channels; what fails shows in the log and the outbox. */
    public int test(long projectId) {
        projects.requireEditable(projectId);
        return notifier.broadcast(projectId, "channel.test.subject", List.of(),
                translations.getTranslation("channel.test.body", notifier.channelLocale()),
                PlanRoutes.project(projectId));
    }

    private ProjectChannel editable(long channelId, long version) {
        ProjectChannel channel = channels.findById(channelId).orElseThrow(() -> new NotifyException("channel.error.gone"));
        projects.requireEditable(channel.getProjectId());
        if (channel.getVersion() != version) {
            throw new NotifyException("channel.error.conflict", channel.getName());
        }
        return channel;
    }

    private void validate(ChannelDetails d) {
        if (d.kind() == null) {
            throw new NotifyException("channel.error.kind");
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) {
            throw new NotifyException("channel.error.name");
        }
        String target = d.target() == null ? "" : d.target().strip();
        if (d.kind() == ChannelKind.EMAIL) {
            if (!ADDRESS.matcher(target).matches() || target.length() > 1000) {
                throw new NotifyException("channel.error.address");
            }
        } else {
            if (target.length() > 1000) {
                throw new NotifyException("channel.error.url");
            }
            egress.check(d.kind(), target); // also at every connection: a name may resolve elsewhere later
        }
        if (d.secret() != null && d.secret().length() > 200) {
            throw new NotifyException("channel.error.secret");
        }
    }
}
