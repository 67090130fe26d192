package com.campaigntracker.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Modifying
    @Query("update Notice n set n.readAt = :at where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(long recipient, Instant at);
}
