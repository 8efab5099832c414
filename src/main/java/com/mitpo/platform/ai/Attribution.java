package com.mitpo.platform.ai;

import java.util.UUID;

/** For whom a call is made and why: what the call record keeps besides the provider and model. */
public record Attribution(UUID workspaceId, UUID userId, String purpose) {
}
