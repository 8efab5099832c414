package com.mitpo.account.control;

import com.mitpo.platform.text.Times;
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
        account = "your account, " + sessions + " session(s), " + signInMethods + " sign-in method(s), " + memberships
                + " membership(s) and " + exports + " data export(s)";
    }

    public void workspaceDeleted(String name, int files) {
        deleted.add("the workspace \"" + name + "\" with everything in it, " + files + " file(s) included");
    }

    public void workspaceHandedOver(String name, String heir) {
        handedOver.add("\"" + name + "\" to " + heir);
    }

    public void ledgerAnonymised(int entries) {
        ledgerEntries = entries;
    }

    public String subject() {
        return "Your MITPO account was deleted";
    }

    public String text() {
        var text = new StringBuilder("Your MITPO account (" + email + ") was deleted on " + Times.shown(at) + ".\n\nRemoved:\n");
        text.append("- ").append(account).append('\n');
        deleted.forEach(line -> text.append("- ").append(line).append('\n'));
        if (!handedOver.isEmpty()) {
            text.append("\nHanded over, with their data:\n");
            handedOver.forEach(line -> text.append("- ").append(line).append('\n'));
        }
        text.append("\nKept, without your name: ").append(ledgerEntries)
                .append(" credit ledger entr").append(ledgerEntries == 1 ? "y" : "ies")
                .append(" (accounting records, kept for 7 years).\n\n")
                .append("This mail is your receipt. Nothing else of yours remains at MITPO; no reply is needed.\n");
        return text.toString();
    }
}
