package com.mitpo.account.control;

import com.mitpo.platform.text.Times;
import com.mitpo.platform.web.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The receipt mailed to a user whose account was deleted: what went (the account and the
 * workspaces deleted with it, with their files), what was handed over, and what stays without
 * their name. A workspace's own receipts go with it, so this is the record that remains.
 */
public final class DeletionReceipt {

    private final String email;
    private final Instant at;
    private String account = "";
    private final List<String> deleted = new ArrayList<>();
    private final List<String> handedOver = new ArrayList<>();
    private int ledgerEntries;

    public DeletionReceipt(String email, Instant at) {
        this.email = email;
        this.at = at;
    }

    public void account(long sessions, long signInMethods, long memberships, long exports) {
        account = Messages.format("mail.deleted.account", sessions, signInMethods, memberships, exports);
    }

    public void workspaceDeleted(String name, int files) {
        deleted.add(Messages.format("mail.deleted.workspace", name, files));
    }

    public void workspaceHandedOver(String name, String heir) {
        handedOver.add(Messages.format("mail.deleted.handedOver", name, heir));
    }

    public void ledgerAnonymised(int entries) {
        ledgerEntries = entries;
    }

    public String subject() {
        return Messages.get("mail.deleted.subject");
    }

    public String text() {
        var text = new StringBuilder(Messages.format("mail.deleted.intro", email, Times.shown(at)));
        text.append("- ").append(account).append('\n');
        deleted.forEach(line -> text.append("- ").append(line).append('\n'));
        if (!handedOver.isEmpty()) {
            text.append(Messages.get("mail.deleted.handedOverHeading"));
            handedOver.forEach(line -> text.append("- ").append(line).append('\n'));
        }
        text.append(Messages.format("mail.deleted.kept", ledgerEntries));
        return text.toString();
    }
}
