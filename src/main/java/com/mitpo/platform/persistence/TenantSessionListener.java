package com.mitpo.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Carries the request's {@link TenantContext} into PostgreSQL (layer 2; EclipseLink's own
 * filter, layer 1, gets the workspace from {@link TenantInterceptor}).
 *
 * <p>Each JDBC connection EclipseLink acquires gets both ids through
 * {@code set_config(..., true)}, which row-level security policies read. The setting is
 * local to the transaction; outside one it lasts a single statement, so a read without a
 * transaction sees nothing (fails closed). Requires
 * {@code eclipselink.transaction.join-existing=true}, so that reads use the same connection.
 */
public class TenantSessionListener extends SessionEventAdapter {

    private static final String SET_TENANT =
            "select set_config('mitpo.user_id', ?, true), set_config('mitpo.workspace_id', ?, true)";

    @Override
    public void postAcquireConnection(SessionEvent event) {
        TenantContext.Tenant tenant = TenantContext.current();
        Connection connection = (Connection) ((Accessor) event.getResult()).getDatasourceConnection();
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, tenant.userSetting());
            statement.setString(2, tenant.workspaceSetting());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the tenant on a database connection", e);
        }
    }
}
