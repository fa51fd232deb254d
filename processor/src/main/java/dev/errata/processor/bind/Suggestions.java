package dev.errata.processor.bind;

import dev.errata.processor.model.ExceptionMembers;
import dev.errata.processor.model.JavaNames;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The advice of diagnostics: "did you mean" for misspelt keys and names (the closest candidate within a
 * small edit distance), and names to use instead of refused ones. Every name suggested here passes the
 * rule it is suggested for, so that following the advice never leads to another error about the same name.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * {@code advice} for {@code suggestion} ("Use e.g. 'UserNotFound'"); without one, which happens only
     * when {@code typed} holds a letter outside ASCII, the advice to write it in ASCII, naming that letter
     * (diagnostics show it escaped, as {@code \\u0435}, so that a look-alike letter can be seen).
     */
    public static String advise(Optional<String> suggestion, String typed, Function<String, String> advice) {
        return suggestion.map(advice).orElseGet(() -> "Write it in ASCII letters and digits only ('"
                + JavaNames.firstNonAsciiLetterOrDigit(typed).orElse("") + "' is not one)");
    }

    /**
     * A parameter or placeholder name for {@code typed}, never one the generated exceptions already use:
     * {@code user-id} → {@code userId}, {@code class} → {@code classValue}, {@code Message} →
     * {@code messageValue}.
     */
    public static Optional<String> parameterName(String typed) {
        return JavaNames.suggestLowerCamel(typed)
                .map(name -> ExceptionMembers.takenForParameter(name).isPresent() ? name + "Value" : name);
    }

    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, typed.length() / 3);
        return bestDistance <= tolerated ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
