package com.mitpo.platform.persistence;

import java.util.UUID;

/**
 * Who a piece of work acts as: a user (absent for the system's own work) in a workspace. Background
 * work carries it from the request that asked for the work to every transaction it runs.
 */
public record Actor(UUID userId, UUID workspaceId) {
}
