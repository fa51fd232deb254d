package dev.errata.processor.diagnostic;

/**
 * One finding about a catalog, ready to be printed: {@code [errata:tag] file:line:column: text}.
 *
 * @param message which rule was broken (its tag and severity)
 * @param position where
 * @param text the rule's wording with this fault's particulars filled in
 */
public record Diagnostic(Message message, SourcePosition position, String text) {

    public Severity severity() {
        return message.severity();
    }

    /** The line a user reads in the build log. */
    public String render() {
        return "[errata:" + message.tag() + "] " + position + ": " + text;
    }
}
