package dev.ddbchanges.app.config;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The converter Lambda's size.
 *
 * @param reservedConcurrency reserved for the converter alone; empty shares the account's pool
 * @param snapStart           whether published versions start from a SnapStart snapshot
 */
public record ConverterSettings(int memoryMb, int timeoutSeconds, OptionalInt reservedConcurrency, boolean snapStart) {
    public ConverterSettings {
        Objects.requireNonNull(reservedConcurrency, "reservedConcurrency");
    }
}
