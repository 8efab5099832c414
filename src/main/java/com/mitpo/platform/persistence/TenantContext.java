package com.mitpo.platform.persistence;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is acting, and in which workspace, for the current request. The persistence layer
 * copies both into every transaction (see {@link TenantSessionListener}); with nothing set,
 * row-level security shows nothing.
 * <p>
 * Inside a transaction whose actor was switched by {@link Tenancy#actAs} (background work,
 * sign-in, export), the switched identity is the answer: code called from there — another
 * feature's boundary, say — acts for the same user and workspace as the rows it reads, on the
 * request thread and off it alike.
 */
@RequestScoped
public class TenantContext {

    /** EclipseLink context property that the multitenant entities are discriminated by. */
    public static final String WORKSPACE_PROPERTY = "mitpo.workspace_id";

    private UUID userId;
    private UUID workspaceId;

    /** Acts as the given user in the given workspace (either may be null) from now on. */
    public void enter(UUID userId, UUID workspaceId) {
        this.userId = userId;
        this.workspaceId = workspaceId;
    }

    public void clear() {
        enter(null, null);
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(acting().userId());
    }

    public Optional<UUID> workspaceId() {
        return Optional.ofNullable(acting().workspaceId());
    }

    /** The switched identity as a whole (a switch to "no workspace" included), else the request's. */
    private Tenant acting() {
        return Tenancy.actingInTransaction().orElseGet(() -> new Tenant(userId, workspaceId));
    }

    /**
     * The context of the running request, or an empty one where no request scope is active
     * (a timer or a bare thread): code outside a request sees no tenant data by default.
     */
    static Tenant current() {
        Optional<Tenant> switched = Tenancy.actingInTransaction();
        if (switched.isPresent()) {
            return switched.get();
        }
        try {
            // A client proxy: read through its methods, never its fields.
            TenantContext context = CDI.current().select(TenantContext.class).get();
            return new Tenant(context.userId().orElse(null), context.workspaceId().orElse(null));
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Tenant.NOBODY;
        }
    }

    record Tenant(UUID userId, UUID workspaceId) {
        static final Tenant NOBODY = new Tenant(null, null);

        String userSetting() {
            return userId == null ? "" : userId.toString();
        }

        String workspaceSetting() {
            return workspaceId == null ? "" : workspaceId.toString();
        }
    }
}
