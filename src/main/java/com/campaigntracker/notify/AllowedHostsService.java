package com.campaigntracker.notify;

import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal hosts webhooks may reach (M1): by default a channel cannot point at loopback, private,
 * link-local or other internal addresses; an administrator names the exceptions here (audited).
 */
@Service
@Transactional
public class AllowedHostsService {

    public static final int MAX_HOSTS = 100;
    private static final Pattern NAME = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-f:.]+$");

    private final AllowedInternalHostRepository hosts;
    private final AdminAuditLog audit;

    AllowedHostsService(AllowedInternalHostRepository hosts, AdminAuditLog audit) {
        this.hosts = hosts;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> list() {
        return all();
    }

    /** Replaces the list; each entry a host name or an IP address, one per entry, as typed in a URL. */
    @PreAuthorize("hasRole('ADMIN')")
    public void save(List<String> entries) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String host = normalise(entry);
            if (!NAME.matcher(host).matches() && !(host.contains(":") && IPV6.matcher(host).matches())) {
                throw new NotifyException("egress.error.host", entry.strip());
            }
            wanted.add(host);
        }
        if (wanted.size() > MAX_HOSTS) {
            throw new NotifyException("egress.error.tooMany", MAX_HOSTS);
        }
        List<String> before = all();
        if (new LinkedHashSet<>(before).equals(wanted)) {
            return;
        }
        hosts.deleteAllInBatch();
        hosts.flush();
        wanted.stream().sorted().forEach(h -> hosts.save(new AllowedInternalHost(h)));
        audit.record(AuditKind.ALLOWED_HOSTS, "webhooks", null, AdminAuditLog.values("hosts", String.join(", ", before)),
                AdminAuditLog.values("hosts", String.join(", ", wanted.stream().sorted().toList())));
    }

    /** Whether an administrator allowed this host (as a URL names it). */
    @Transactional(readOnly = true)
    boolean isAllowed(String host) {
        return host != null && !host.isBlank() && hosts.existsById(normalise(host));
    }

    private List<String> all() {
        return hosts.findAll().stream().map(AllowedInternalHost::getHost).sorted().toList();
    }

    /** Lower case, without brackets around an IPv6 address and without a trailing dot. */
    static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
