package com.mitpo.account.boundary;

import java.util.UUID;

/**
 * Fired inside the transaction that deletes a workspace (its rows go by cascade); features
 * that keep files for it queue their bucket objects for purge.
 */
public record WorkspaceDeleted(UUID workspaceId) {
}
