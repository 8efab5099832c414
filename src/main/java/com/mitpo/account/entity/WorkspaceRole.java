package com.mitpo.account.entity;

/** What a member may do in a workspace. Stored in lower case. */
public enum WorkspaceRole {
    OWNER, ADMIN, MEMBER;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
