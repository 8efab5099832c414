package com.mitpo.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Small helpers for the few native queries the application makes on purpose. */
public final class Queries {

    /**
     * EclipseLink refuses native SQL once multitenant entities exist (a query it cannot filter);
     * this hint opts one query in. Use it only for calls into the narrow SECURITY DEFINER
     * functions, the tenant settings and the platform's model catalog, never to read tenant
     * rows around EclipseLink's filter.
     */
    public static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    private Queries() {
    }

    /** A timestamptz column of a native result row as an Instant. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) column;
    }
}
