package com.mitpo.platform.ai;

/**
 * One model of the catalog as a workspace sees it: who serves it, what it costs in credits, and
 * whether its plan preselects it. Getters for Faces' EL, which cannot read record accessors.
 */
public record CatalogModel(String id, String provider, String model, Modality modality, String label,
        int creditCost, boolean planDefault) {

    public String getId() {
        return id;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
    }

    public String getLabel() {
        return label;
    }

    public int getCreditCost() {
        return creditCost;
    }
}
