package dev.errata.processor.compat;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A catalog's top-level {@code accepted} list: breaking changes its authors made on purpose, each with the
 * rule, the code (absent for catalog-wide changes) and a written reason.
 *
 * <pre>
 * accepted:
 *   - rule: category-changed
 *     code: processing_error
 *     reason: 'moved to api in 3.0: it is the client's request that is wrong'
 * </pre>
 */
public final class AcceptedChanges {

    /** One accepted change. */
    public record Accepted(Rule rule, Optional<String> code, String reason) {}

    private final List<Accepted> accepted;

    private AcceptedChanges(List<Accepted> accepted) {
        this.accepted = List.copyOf(accepted);
    }

    /** None accepted. */
    public static final AcceptedChanges NONE = new AcceptedChanges(List.of());

    /** Whether {@code change} is accepted. */
    public boolean accepts(Change change) {
        return reasonFor(change).isPresent();
    }

    /** The reason {@code change} was accepted with, if it was. */
    public Optional<String> reasonFor(Change change) {
        return accepted.stream().filter(a -> a.rule() == change.rule() && a.code().equals(change.code()))
                .map(Accepted::reason).findFirst();
    }

    public List<Accepted> all() {
        return accepted;
    }

    /** Reads the {@code accepted} list of a catalog's tree, reporting each malformed entry. */
    public static AcceptedChanges read(YamlNode root, Diagnostics diagnostics) {
        List<Accepted> accepted = new ArrayList<>();
        if (!(root instanceof YamlNode.Mapping top)) {
            return new AcceptedChanges(accepted);
        }
        for (YamlNode.Entry entry : top.entries()) {
            if (!entry.key().value().equals("accepted")) {
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Sequence list)) {
                report(diagnostics, entry.value(), "'accepted' is " + entry.value().kind(), "Write a list");
                continue;
            }
            for (YamlNode item : list.items()) {
                readOne(item, diagnostics).ifPresent(accepted::add);
            }
        }
        return new AcceptedChanges(accepted);
    }

    private static Optional<Accepted> readOne(YamlNode item, Diagnostics diagnostics) {
        if (!(item instanceof YamlNode.Mapping mapping)) {
            report(diagnostics, item, "this entry is " + item.kind(), "Write a mapping with rule, code and reason");
            return Optional.empty();
        }
        String rule = null;
        String code = null;
        String reason = null;
        for (YamlNode.Entry member : mapping.entries()) {
            String value = member.value() instanceof YamlNode.Scalar s && !s.isNull() ? s.value() : null;
            switch (member.key().value()) {
                case "rule" -> rule = value;
                case "code" -> code = value;
                case "reason" -> reason = value;
                default -> {
                    report(diagnostics, member.key(), "it holds '" + member.key().value() + "'",
                            "Keep only rule, code and reason");
                    return Optional.empty();
                }
            }
        }
        Optional<Rule> known = rule == null ? Optional.empty() : Rule.byId(rule);
        if (known.isEmpty()) {
            report(diagnostics, item, rule == null ? "it has no rule" : "'" + rule + "' is not a rule",
                    "Copy the rule id from the error");
            return Optional.empty();
        }
        if (reason == null || reason.isBlank()) {
            report(diagnostics, item, "it gives no reason", "Say why clients may accept the change");
            return Optional.empty();
        }
        return Optional.of(new Accepted(known.get(), Optional.ofNullable(code), reason));
    }

    private static void report(Diagnostics diagnostics, YamlNode at, String what, String fix) {
        diagnostics.report(Message.ACCEPTED_CHANGE_INVALID, at.position(),
                Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", ")), what, fix);
    }
}
