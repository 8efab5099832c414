package com.mitpo.assistant.control;

import com.mitpo.platform.persistence.Queries;
import jakarta.persistence.EntityManager;

/** Whether the assistant proposes memory on its own, for the acting user in the acting workspace (on unless turned off). */
public final class MemoryPreferences {

    private MemoryPreferences() {
    }

    public static boolean automatic(EntityManager em) {
        java.util.List<?> rows = em.createNativeQuery("select auto_memory from assistant_preference")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).getResultList();
        return rows.isEmpty() || Boolean.TRUE.equals(rows.get(0));
    }

    public static void setAutomatic(EntityManager em, boolean automatic) {
        em.createNativeQuery("insert into assistant_preference (workspace_id, user_id, auto_memory) "
                + "values (app_workspace_id(), app_user_id(), ?1) on conflict (workspace_id, user_id) "
                + "do update set auto_memory = excluded.auto_memory")
                .setHint(Queries.ALLOW_NATIVE_SQL, true).setParameter(1, automatic).executeUpdate();
    }
}
