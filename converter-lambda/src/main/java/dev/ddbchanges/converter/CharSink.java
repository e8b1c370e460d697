package dev.ddbchanges.converter;

import java.io.CharArrayWriter;

/** A reusable character buffer whose content a generator can copy as a raw value without an intermediate String. */
final class CharSink extends CharArrayWriter {

    CharSink() {
        super(1024);
    }

    char[] chars() {
        return buf;
    }
}
