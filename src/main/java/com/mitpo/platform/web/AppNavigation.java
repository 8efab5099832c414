package com.mitpo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The product areas in the side navigation, in the order a marketer meets them. */
@Named
@ApplicationScoped
public class AppNavigation {

    /**
     * One area of the product. {@code outcome} is the view it opens; an area whose screens
     * have not shipped yet is listed (so people see what is coming) but not linked.
     */
    public record Area(String key, String icon, String outcome, boolean available) {

        // Jakarta EL 5 (Faces 4.0) resolves bean getters, not record accessors.
        public String getKey() {
            return key;
        }

        public String getIcon() {
            return icon;
        }

        public String getOutcome() {
            return outcome;
        }

        public boolean isAvailable() {
            return available;
        }
    }

    private static final List<Area> AREAS = List.of(
            new Area("home", "pi pi-home", "/home", true),
            new Area("brand", "pi pi-bookmark", "/brand/list", true),
            new Area("campaign", "pi pi-calendar", "/campaign/list", false),
            new Area("creative", "pi pi-images", "/creative/studio", true),
            new Area("intel", "pi pi-eye", "/intel/list", false),
            new Area("automation", "pi pi-replay", "/automation/list", false),
            new Area("assistant", "pi pi-comments", "/assistant/threads", false),
            new Area("billing", "pi pi-wallet", "/billing/credits", false),
            new Area("members", "pi pi-users", "/workspace/members", true),
            new Area("data", "pi pi-database", "/workspace/data", true),
            new Area("admin", "pi pi-shield", "/admin/overview", false));

    public List<Area> getAreas() {
        return AREAS;
    }
}
