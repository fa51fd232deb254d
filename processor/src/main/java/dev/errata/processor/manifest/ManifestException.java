package dev.errata.processor.manifest;

/** A manifest that cannot be read: the message names the file, the line and what is wrong. */
public final class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    public ManifestException(String message) {
        super(message);
    }
}
