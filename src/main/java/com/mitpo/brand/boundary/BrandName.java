package com.mitpo.brand.boundary;

import java.util.UUID;

/** A brand's id and name, for pickers and labels in other features. */
public record BrandName(UUID id, String name) {
}
