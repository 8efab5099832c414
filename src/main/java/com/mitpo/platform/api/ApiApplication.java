package com.mitpo.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** JSON API under /api (the auth endpoints follow Better Auth's paths and shapes). */
@ApplicationPath("/api")
public class ApiApplication extends Application {

    /** No WADL: an OPTIONS request would describe every endpoint and name the Jersey version. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
