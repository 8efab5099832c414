package com.mitpo.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For uuid columns that may be NULL: EclipseLink 4.0's built-in UUID conversion fails on a
 * NULL value when reading. The PostgreSQL driver reads and writes java.util.UUID itself, so
 * passing the value through unchanged is all that is needed.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
