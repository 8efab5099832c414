package com.mitpo.account.boundary;

import java.util.UUID;

/**
 * A workspace was just created (inside the creating transaction, acting as its owner), so other
 * features can set it up: billing grants the demo credits.
 */
public record WorkspaceCreated(UUID workspaceId, UUID ownerId) {
}
