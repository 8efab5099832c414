package com.mitpo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One way a user signs in: a password ("credential") or an OAuth provider identity. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.PASSWORDS, query = "select a from Account a where a.providerId = 'credential'")
public class Account {

    /** The current user's password sign-in method (at most one row; row-level security scopes it). */
    public static final String PASSWORDS = "Account.passwords";

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Account() {
    }

    public Account(UUID userId, String providerId, String accountId, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.providerId = providerId;
        this.accountId = accountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** The password sign-in method; Better Auth names it "credential" and keys it by the user id. */
    public static Account credential(UUID userId, String passwordHash, Instant now) {
        var account = new Account(userId, "credential", userId.toString(), now);
        account.passwordHash = passwordHash;
        return account;
    }
}
