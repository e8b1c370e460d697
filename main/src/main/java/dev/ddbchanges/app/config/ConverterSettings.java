package dev.ddbchanges.app.config;

/** The converter Lambda's size. */
public record ConverterSettings(int memoryMb, int timeoutSeconds) {
}
