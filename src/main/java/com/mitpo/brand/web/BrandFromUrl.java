package com.mitpo.brand.web;

import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.entity.Brand;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.util.Faces;

/** The brand a page's {@code ?id} names, as the current workspace sees it; anything else answers 404. */
final class BrandFromUrl {

    private BrandFromUrl() {
    }

    static Optional<Brand> load(Brands brands, String idParam) throws IOException {
        UUID id;
        try {
            id = idParam == null ? null : UUID.fromString(idParam);
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
}
