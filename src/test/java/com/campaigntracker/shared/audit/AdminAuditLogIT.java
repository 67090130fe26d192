package com.campaigntracker.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class AdminAuditLogIT extends IntegrationTest {

    @Autowired AdminAuditLog log;
    @Autowired Fixtures fixtures;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_action_names_who_did_it_and_is_found_by_actor_subject_kind_and_day() {
        Person admin = fixtures.person("audit-admin", "审计管理员", Role.ADMIN);
        Person member = fixtures.member("audit-member", "被改的人");
        SignIn.as(users, admin.getUsername());
        transactions.executeWithoutResult(t -> log.record(AuditKind.PERSON_CHANGED, member.getDisplayName(),
                member.getId(), AdminAuditLog.values("role", "MEMBER"), AdminAuditLog.values("role", "MANAGER")));

        LocalDate today = LocalDate.now(clock);
        AuditEntry byActor = log.search(admin.getId(), null, today, today, 10).get(0);
        assertThat(byActor.actorName()).isEqualTo(admin.getUsername());
        assertThat(byActor.actorId()).isEqualTo(admin.getId());
        assertThat(byActor.before()).isEqualTo("role: MEMBER");
        assertThat(byActor.after()).isEqualTo("role: MANAGER");
        assertThat(log.search(member.getId(), AuditKind.PERSON_CHANGED, today, today, 10))
                .extracting(AuditEntry::id).containsExactly(byActor.id());
        assertThat(log.search(admin.getId(), AuditKind.CALENDAR_DAY, null, null, 10)).isEmpty();
        assertThat(log.search(admin.getId(), null, today.minusDays(2), today.minusDays(1), 10)).isEmpty();
    }

    @Test
    void the_log_is_append_only_and_recording_needs_the_change_s_transaction() {
        Person admin = fixtures.person("audit-admin", "审计管理员", Role.ADMIN);
        SignIn.as(users, admin.getUsername());
        assertThatThrownBy(() -> log.record(AuditKind.MAIL_SETTINGS, "mail", null, null, "changed"))
                .isInstanceOf(IllegalTransactionStateException.class);
        transactions.executeWithoutResult(t -> log.record(AuditKind.MAIL_SETTINGS, "mail", null, null, "changed"));
        long id = log.search(admin.getId(), AuditKind.MAIL_SETTINGS, null, null, 1).get(0).id();

        assertThatThrownBy(() -> jdbc.update("update admin_action set after_value = 'x' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from admin_action where id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select after_value from admin_action where id = ?", String.class, id))
                .isEqualTo("changed");
    }

    @Test
    void only_administrators_read_the_log() {
        Person manager = fixtures.manager("audit-reader", "想看日志的经理");
        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> log.search(null, null, null, null, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
