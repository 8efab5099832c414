package com.mitpo.account.control;

import com.mitpo.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account mails (verify your address, reset your password, someone tried to sign up as
 * you). Sent in the background, so a request that sends one answers as fast as one that
 * does not: response time says nothing about which accounts exist.
 */
@ApplicationScoped
public class AuthMailer {

    private static final Logger LOG = Logger.getLogger(AuthMailer.class.getName());

    @Inject
    @ConfigProperty(name = "mitpo.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "mitpo.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mitpo.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mitpo.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mitpo.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mitpo.mail.from", defaultValue = "MITPO <no-reply@mitpo.local>")
    String from;

    @Inject
    @ConfigProperty(name = "mitpo.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Resource
    ManagedExecutorService executor;

    private Session session;

    @PostConstruct
    void configure() {
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        session = Session.getInstance(properties, user.isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
    }

    // The words are the bundle's (mail.*), in the language of the request that causes the mail.

    public void sendVerification(String to, String token) {
        send(to, Messages.get("mail.verify.subject"),
                Messages.format("mail.verify.body", link("/verify-email?token=", token)));
    }

    public void sendPasswordReset(String to, String token) {
        send(to, Messages.get("mail.reset.subject"),
                Messages.format("mail.reset.body", link("/reset-password?token=", token)));
    }

    public void sendInvitation(String to, String inviter, String workspace, String token) {
        send(to, Messages.format("mail.invitation.subject", inviter, workspace),
                Messages.format("mail.invitation.body", inviter, workspace, link("/workspace/accept?token=", token)));
    }

    public void sendAlreadyRegistered(String to) {
        send(to, Messages.get("mail.alreadyRegistered.subject"),
                Messages.format("mail.alreadyRegistered.body", publicUrl + "/login", publicUrl + "/forgot-password"));
    }

    public void sendDeletionReceipt(String to, DeletionReceipt receipt) {
        send(to, receipt.subject(), receipt.text());
    }

    private String link(String path, String token) {
        return publicUrl + path + token;
    }

    private void send(String to, String subject, String body) {
        executor.execute(() -> {
            try {
                var message = new MimeMessage(session);
                message.setFrom(new InternetAddress(from));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                message.setSubject(subject, "UTF-8");
                message.setText(body, "UTF-8");
                Transport.send(message);
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Could not send \"" + subject + "\": " + e.getMessage());
            }
        });
    }
}
