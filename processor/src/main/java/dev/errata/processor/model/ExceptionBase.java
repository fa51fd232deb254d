package dev.errata.processor.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The class a catalog's base exception extends ({@code exceptionBase}), as the compile class path has it,
 * once checked that the generated exceptions can extend it.
 *
 * @param packageName its package; empty for the unnamed package
 * @param simpleNames its simple name, after those of the classes it is nested in ({@code [Outer, Base]}):
 *     what the writers need to name it, which its written form ({@code com.acme.Outer.Base}) does not tell
 * @param checked whether it is a checked exception (no RuntimeException)
 * @param lintWarnings what naming it and calling its constructors warns about under {@code -Xlint}:
 *     {@code deprecation}, {@code removal}, or nothing; the generated base suppresses them, which is all it can
 *     do about a base the catalog chose, and names it fully qualified, as an import would warn unsuppressed
 */
public record ExceptionBase(String packageName, List<String> simpleNames, boolean checked, Set<String> lintWarnings) {

    public ExceptionBase {
        simpleNames = List.copyOf(simpleNames);
        lintWarnings = Collections.unmodifiableSet(new TreeSet<>(lintWarnings));
    }
}
