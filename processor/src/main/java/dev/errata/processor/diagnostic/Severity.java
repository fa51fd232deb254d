package dev.errata.processor.diagnostic;

/** How bad a finding is: errors fail the build and suppress all output for the catalog; warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
