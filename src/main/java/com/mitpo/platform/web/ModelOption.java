package com.mitpo.platform.web;

import com.mitpo.platform.ai.CatalogModel;
import java.io.Serializable;

/** A model in a page's picker: its catalog id, the label the page words for it, its credit cost. */
public record ModelOption(String id, String label, int cost) implements Serializable {

    public static ModelOption of(CatalogModel model, String label) {
        return new ModelOption(model.id(), label, model.creditCost());
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public int getCost() {
        return cost;
    }
}
