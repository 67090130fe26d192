package com.campaigntracker.kickoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Kickoff requests by e-mail: only with a mail server, only to people with an address, in both languages. */
class KickoffMailTest {

    /** Spring's sender with the network part replaced: what would have been sent is kept. */
    static class RecordingSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean fail;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (fail) {
                throw new MailSendException("server down");
            }
            sent.addAll(List.of(messages));
        }
    }

    private static KickoffMail mail(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new KickoffMail(beans.getBeanProvider(JavaMailSender.class), "tracker@example.com",
                "https://tracker.example.com");
    }

    private static Person person(String name, String email) {
        Person p = new Person(name, name, Role.MEMBER, null, "x");
        p.setEmail(email);
        return p;
    }

    @Test
    void each_person_with_an_address_gets_one_mail_with_the_link_in_chinese_and_english() {
        RecordingSender sender = new RecordingSender();
        mail(sender).requestsSent(List.of(person("小红", "hong@example.com"), person("小李", null)), "新品上市推广", 7, 2);

        assertThat(sender.sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("hong@example.com");
            assertThat(m.getFrom()).isEqualTo("tracker@example.com");
            assertThat(m.getSubject()).isEqualTo("请确认您在 新品上市推广 中的职责 / Please confirm your part in 新品上市推广");
            assertThat(m.getText()).contains("小红，您好").contains("第 2 次发布").contains("Hello 小红")
                    .contains("https://tracker.example.com/projects/7/kickoff");
        });
    }

    @Test
    void without_a_mail_server_nothing_is_sent_and_a_failing_server_does_not_stop_the_publication() {
        mail(null).requestsSent(List.of(person("小红", "hong@example.com")), "P", 1, 1); // no exception

        RecordingSender down = new RecordingSender();
        down.fail = true;
        mail(down).requestsSent(List.of(person("小红", "hong@example.com")), "P", 1, 1); // logged, not thrown
        assertThat(down.sent).isEmpty();
    }
}
