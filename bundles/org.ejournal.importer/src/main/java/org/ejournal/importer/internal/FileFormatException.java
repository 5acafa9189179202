package org.ejournal.importer.internal;

import java.util.List;

/** A file that cannot be read at all; the key and arguments become an {@code ImportProblem} for the file. */
final class FileFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<String> arguments;

    FileFormatException(String key, String... arguments) {
        super(key + " " + List.of(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    String key() {
        return key;
    }

    List<String> arguments() {
        return arguments;
    }
}
