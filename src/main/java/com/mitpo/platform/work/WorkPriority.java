package com.mitpo.platform.work;

import java.util.Locale;

/**
 * Which pool serves an item. Each priority has its own workers, so a backlog of batch work (an
 * automation's run) never delays what a person is waiting for (a Studio generation).
 */
public enum WorkPriority {
    INTERACTIVE, BATCH;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
