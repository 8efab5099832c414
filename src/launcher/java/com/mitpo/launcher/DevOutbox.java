package com.mitpo.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The dev outbox of {@code ./mitpo run}: an SMTP server (GreenMail) that keeps every mail
 * MITPO sends, prints it to the console and saves it under {@code $MITPO_HOME/outbox}.
 */
public final class DevOutbox implements AutoCloseable {

    private final GreenMail smtp;
    private final Path folder;
    private final Thread watcher;
    private int shown;

    private DevOutbox(GreenMail smtp, Path folder) {
        this.smtp = smtp;
        this.folder = folder;
        this.watcher = new Thread(this::watch, "dev-outbox");
        this.watcher.setDaemon(true);
    }

    public static DevOutbox start(int port, Path folder) throws Exception {
        Files.createDirectories(folder);
        var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var outbox = new DevOutbox(smtp, folder);
        outbox.watcher.start();
        return outbox;
    }

    public int port() {
        return smtp.getSmtp().getPort();
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                MimeMessage[] messages = smtp.getReceivedMessages();
                for (; shown < messages.length; shown++) {
                    show(messages[shown]);
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.err.println("Dev outbox: " + e);
            }
        }
    }

    private void show(MimeMessage message) throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path file = folder.resolve(stamp + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        System.out.printf("%n--- Mail to %s: %s (saved to %s)%n%s%n---%n",
                String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                message.getSubject(), file, String.valueOf(message.getContent()).strip());
    }

    @Override
    public void close() {
        watcher.interrupt();
        smtp.stop();
    }
}
