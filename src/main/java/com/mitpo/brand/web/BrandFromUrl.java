package com.mitpo.brand.web;

import jakarta.servlet.RequestDispatcher;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.entity.Brand;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.util.Faces;

/**
 * The brand a page's address names ({@code /brand/edit/{id}}, or the older {@code ?id=}), as the
 * current workspace sees it; anything else answers 404.
 */
final class BrandFromUrl {

    private BrandFromUrl() {
    }

    /** {@code /brand/{page}/{id}}: the id is the last segment (FacesViews MultiViews serves the page). */
    private static final Pattern PATH = Pattern.compile("/brand/[a-z]+/([0-9a-fA-F-]{36})/?");

    /** The canonical address of a brand's page, e.g. {@code path("edit", id)}. */
    static String path(String page, UUID brandId) {
        return Faces.getRequestContextPath() + "/brand/" + page + "/" + brandId;
    }

    static Optional<Brand> load(Brands brands, String idParam) throws IOException {
        String given = idParam != null ? idParam : idInPath();
        UUID id;
        try {
            id = given == null ? null : UUID.fromString(given);
        } catch (IllegalArgumentException notAnId) {
            id = null;
        }
        Optional<Brand> brand = brands.find(id);
        if (brand.isEmpty()) {
            Faces.responseSendError(404, "no such brand");
            Faces.responseComplete();
        }
        return brand;
    }

    /** The id segment of the address as the browser sent it (before FacesViews forwarded it to the view). */
    private static String idInPath() {
        Object forwarded = Faces.getRequestAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String f ? f : Faces.getRequestURI();
        Matcher m = PATH.matcher(uri.substring(Faces.getRequestContextPath().length()));
        return m.matches() ? m.group(1) : null;
    }
}
