package com.mitpo.platform.ai;

import com.mitpo.platform.persistence.Actor;
import java.util.UUID;

/** For whom a call is made and why: what the call record keeps besides the provider and model. */
public record Attribution(UUID workspaceId, UUID userId, String purpose) {

    public static Attribution of(Actor actor, String purpose) {
        return new Attribution(actor.workspaceId(), actor.userId(), purpose);
    }
}
