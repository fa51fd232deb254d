package dev.errata.processor.write;

/**
 * One generated source file: the name of its type, which the clash checks need before anything is written,
 * and its text, rendered only when it is written.
 */
public interface GeneratedSource {

    String packageName();

    /** The simple name of the file's top-level type. */
    String typeName();

    /** The file's text, exactly as it is written. */
    String render();
}
