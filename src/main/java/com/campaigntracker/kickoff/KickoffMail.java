package com.campaigntracker.kickoff;

import com.campaigntracker.people.Person;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the people asked at a publication by e-mail, when a mail server is configured
 * ({@code spring.mail.host}); otherwise the in-app list "To confirm" is the request. Sent after the
 * publication is committed, and a failing server never undoes it.
 */
@Component
class KickoffMail {

    private static final Logger log = LoggerFactory.getLogger(KickoffMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String baseUrl;
    private final MessageSource messages;

    KickoffMail(ObjectProvider<JavaMailSender> mailSender, @Value("${app.mail.from:campaign-tracker@localhost}") String from,
                @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.baseUrl = baseUrl;
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    /** Queues one mail per person with an address; both languages, as we do not know the reader's. */
    void requestsSent(List<Person> asked, String projectName, long projectId, int publication) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<SimpleMailMessage> mails = asked.stream().filter(p -> p.getEmail() != null && p.isEnabled())
                .map(p -> mail(p, projectName, projectId, publication)).toList();
        if (mails.isEmpty()) {
            return;
        }
        Runnable send = () -> {
            try {
                sender.send(mails.toArray(SimpleMailMessage[]::new));
            } catch (MailException e) {
                log.warn("Kickoff requests for project {} could not be e-mailed ({} recipients): {}", projectId,
                        mails.size(), e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private SimpleMailMessage mail(Person to, String projectName, long projectId, int publication) {
        String link = baseUrl + "/projects/" + projectId + "/kickoff";
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.getEmail());
        mail.setSubject(text("kickoff.mail.subject", Locale.SIMPLIFIED_CHINESE, projectName) + " / "
                + text("kickoff.mail.subject", Locale.ENGLISH, projectName));
        mail.setText(text("kickoff.mail.body", Locale.SIMPLIFIED_CHINESE, to.getDisplayName(), projectName, publication,
                link) + "\n\n---\n\n" + text("kickoff.mail.body", Locale.ENGLISH, to.getDisplayName(), projectName,
                publication, link));
        return mail;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
