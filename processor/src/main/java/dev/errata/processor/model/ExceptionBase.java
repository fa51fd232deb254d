package dev.errata.processor.model;

import java.util.List;

/**
 * The class a catalog's base exception extends ({@code exceptionBase}), as the compile class path has it,
 * once checked that the generated exceptions can extend it.
 *
 * @param packageName its package; empty for the unnamed package
 * @param simpleNames its simple name, after those of the classes it is nested in ({@code [Outer, Base]}):
 *     what the writers need to name it, which its written form ({@code com.acme.Outer.Base}) does not tell
 * @param checked whether it is a checked exception (no RuntimeException)
 */
public record ExceptionBase(String packageName, List<String> simpleNames, boolean checked) {

    public ExceptionBase {
        simpleNames = List.copyOf(simpleNames);
    }
}
