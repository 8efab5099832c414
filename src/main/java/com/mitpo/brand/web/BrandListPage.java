package com.mitpo.brand.web;

import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.entity.Brand;
import com.mitpo.brand.entity.BrandIdentity;
import com.mitpo.platform.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/** brand/list.xhtml: the workspace's brands and a quick way to add one. */
@Named
@ViewScoped
public class BrandListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Brands brands;

    private List<Brand> all;
    private String newName;

    @PostConstruct
    void load() {
        all = brands.list();
    }

    public void create() throws IOException {
        var identity = new BrandIdentity(newName, null, null, "#5B3DF5", "#1D2433", "#F5B83D", "Inter", "Inter");
        if (!identity.problems().isEmpty()) {
            Feedback.error("name", "brand.invalid.name");
            return;
        }
        Brand brand = brands.create(identity);
        Faces.redirect(BrandFromUrl.path("edit", brand.getId()));
    }

    public List<Brand> getAll() {
        return all;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
