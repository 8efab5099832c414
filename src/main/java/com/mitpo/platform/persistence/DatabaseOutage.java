package com.mitpo.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, the pool
 * unable to connect) from any other, so the product can answer 503 with Retry-After instead of
 * a 500: the request was fine, the server will be again in a moment.
 */
public final class DatabaseOutage {

    /** How long a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** PostgreSQL's connection exceptions (08…) and its shutdown/start-up states (57P01–57P03). */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        var seen = java.util.Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state))) {
                        return true;
                    }
                }
            }
            // Payara's pool reports a failed allocation this way, without a SQL state.
            String message = t.getMessage();
            if (message != null && (message.contains("Error in allocating a connection")
                    || message.contains("Connection could not be allocated"))) {
                return true;
            }
        }
        return false;
    }
}
