package com.mitpo.billing.entity;

import com.mitpo.platform.persistence.NullableUuidConverter;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One line of a workspace's credit ledger: append-only (the app role may only insert and read),
 * ordered by the database's sequence, carrying the balance after it. Kept for accounting law;
 * account deletion anonymises the user it names instead of deleting it. The note says what an
 * entry was for as a code with parameters, never a sentence ({@code demo-grant},
 * {@code generation-failed}, {@code studio:copy×2:local/brand-writer}): the ledger outlives the
 * generation it paid for, and a reader sees it in their own language.
 */
@Entity
@Table(name = "credit_ledger")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class LedgerEntry {

    /** What an entry is; its code is the ledger's {@code entry} column. */
    public enum Kind {
        GRANT, DEBIT, REFUND, PURCHASE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    /** Given by the database on insert: the order entries were written in. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(nullable = false)
    private String entry;

    @Column(nullable = false)
    private int amount;

    @Column(name = "balance_after", nullable = false)
    private int balanceAfter;

    @Column(name = "paid_for")
    @Convert(converter = NullableUuidConverter.class)
    private UUID paidFor;

    private String note;

    @Column(name = "created_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerEntry() {
    }

    public LedgerEntry(Kind kind, int amount, int balanceAfter, UUID paidFor, String note, UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.entry = kind.code();
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.paidFor = paidFor;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getEntry() {
        return entry;
    }

    public int getAmount() {
        return amount;
    }

    public int getBalanceAfter() {
        return balanceAfter;
    }

    public UUID getPaidFor() {
        return paidFor;
    }

    public String getNote() {
        return note;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
