package com.mitpo.it;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the application mailed during the integration tests (GreenMail in the test JVM). */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(ItServices.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits for the {@code count}-th mail to {@code address} and returns its body. */
    public static String awaitMail(String address, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = to(address);
            if (mails.size() >= count) {
                return String.valueOf(mails.get(count - 1).getContent());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail #" + count + " to " + address + " within 20 s");
    }

    /** Waits for a mail to {@code address} whose subject contains {@code subject}; returns the newest one's body. */
    public static String awaitMailAbout(String address, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> matching = to(address).stream().filter(m -> {
                try {
                    return m.getSubject().contains(subject);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (!matching.isEmpty()) {
                return String.valueOf(matching.get(matching.size() - 1).getContent());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail about '" + subject + "' to " + address + " within 20 s");
    }

    public static String tokenIn(String body) {
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no token link in: " + body);
        }
        return m.group(1);
    }
}
