package dev.errata.processor.write.api;

import dev.errata.processor.model.ErrorEntry;
import java.util.ArrayList;
import java.util.List;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;

/** The Javadoc of one entry, shared by its enum constant and its exception class so both read alike. */
public final class EntryDocs {

    private EntryDocs() {}

    static String of(WriteContext context, ErrorEntry error) {
        StringBuilder doc = new StringBuilder(context.codeDoc(error));
        doc.append(error.messageText(context.catalog().messageSyntax()).map(m -> ": " + Docs.text(m)).orElse(" (the catalog gives no message)"));
        doc.append('\n');
        if (error.symbol().isPresent() || !error.aliases().isEmpty()) {
            List<String> identifiers = new ArrayList<>();
            error.symbolText().ifPresent(s -> identifiers.add("Symbol " + Docs.code(s) + "."));
            if (!error.aliases().isEmpty()) {
                identifiers.add((error.aliases().size() == 1 ? "Alias " : "Aliases ")
                        + String.join(", ", error.aliasTexts().stream().map(Docs::code).toList()) + ".");
            }
            doc.append("\n<p>").append(String.join(" ", identifiers)).append('\n');
        }
        Docs.appendParagraph(doc, "", error.description());
        Docs.appendParagraph(doc, "Solution: ", error.solution());
        StringBuilder facts = new StringBuilder();
        switch (error.kind()) {
            case SUCCESS -> facts.append("A success, not an error: no exception class of its own. ");
            case WARNING -> facts.append("A warning, not an error: no exception class of its own. ");
            case RESERVED -> facts.append("Reserved: listed so that the code is never reused; received anyway, it"
                    + " arrives as the fallback exception. ");
            case ERROR -> { }
        }
        error.httpStatus().ifPresent(s -> facts.append("HTTP status ").append(s).append(". "));
        error.category().ifPresent(c -> facts.append("Category ").append(Docs.code(c.id())).append(". "));
        facts.append(error.retryable() ? "Retryable." : "Not retryable.");
        doc.append("\n<p>").append(facts).append('\n');
        if (!error.attributes().isEmpty()) {
            doc.append("\n<p>Attributes: ").append(String.join(", ", error.attributes().entrySet().stream()
                    .map(a -> Docs.code(a.getKey()) + " " + Docs.code(String.valueOf(a.getValue()))).toList()))
                    .append(".\n");
        }
        if (!error.details().isEmpty()) {
            doc.append("\n<p>Details sent with it:\n<ul>\n");
            error.details().forEach((name, what) -> doc.append("  <li>").append(Docs.code(name)).append(": ")
                    .append(Docs.text(what)).append('\n'));
            doc.append("</ul>\n");
        }
        if (error.deprecation().deprecated()) {
            doc.append("\n@deprecated ").append(error.deprecation().reason().map(Docs::text)
                    .orElse("The catalog marks this code deprecated.")).append('\n');
        }
        return doc.toString();
    }
}
