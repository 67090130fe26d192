package com.campaigntracker.notify;

import com.campaigntracker.shared.security.CurrentUser;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's notice centre: newest first, unread count, mark read. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NoticeService {

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeService(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NoticeLine> mine(int limit) {
        Long me = CurrentUser.personId();
        if (me == null) {
            return List.of();
        }
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(me, PageRequest.of(0, limit)).stream()
                .map(n -> new NoticeLine(n.getId(), n.getMessageKey(),
                        n.getArgs().isEmpty() ? List.of() : Arrays.asList(n.getArgs().split("\n", -1)), n.getLink(),
                        n.getCreatedAt(), n.getReadAt() != null))
                .toList();
    }

    @Transactional(readOnly = true)
    public long unread() {
        Long me = CurrentUser.personId();
        return me == null ? 0 : notices.countByRecipientIdAndReadAtIsNull(me);
    }

    public void markRead(long noticeId) {
        Notice n = notices.findById(noticeId).orElseThrow(() -> new NotifyException("notice.error.gone"));
        if (!Long.valueOf(n.getRecipientId()).equals(CurrentUser.personId())) {
            throw new AccessDeniedException("Not your notice");
        }
        n.markRead(clock.instant());
    }

    public int markAllRead() {
        Long me = CurrentUser.personId();
        return me == null ? 0 : notices.markAllRead(me, clock.instant());
    }
}
