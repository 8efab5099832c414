package com.mitpo.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JSON API under /api (the auth endpoints follow Better Auth's paths and shapes). */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
