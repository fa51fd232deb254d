package dev.errata.processor.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * How catalog names become Java names. One place, so that the validator's collision checks and the
 * writers' output can never disagree. Every case change uses {@link Locale#ROOT}: a Turkish build
 * machine must not turn {@code INVALID} into {@code ınvalıd}.
 */
public final class JavaNames {

    private static final Pattern CATEGORY_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** Words of ASCII letters and digits, separated by runs of {@code _ - .} or spaces, starting with a letter. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_. ]+[A-Za-z0-9]+)*");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[-_. ]+");
    private static final Pattern SCREAMING_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private JavaNames() {}

    /** Whether {@code name} is a legal Java identifier (keywords excluded). */
    public static boolean isIdentifier(String name) {
        return SourceVersion.isName(name, SourceVersion.latestSupported());
    }

    public static boolean isKeyword(String name) {
        return SourceVersion.isKeyword(name, SourceVersion.latestSupported())
                || name.equals("true") || name.equals("false") || name.equals("null")
                || name.equals("var") || name.equals("yield") || name.equals("record")
                || name.equals("sealed") || name.equals("permits");
    }

    /**
     * Whether {@code name} suits a generated type: UpperCamelCase ASCII letters and digits
     * ({@code [A-Z][A-Za-z0-9]*}). By hand, not by a regular expression: every entry's name is checked.
     */
    public static boolean isUpperCamel(String name) {
        if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isCategoryId(String id) {
        return CATEGORY_ID.matcher(id).matches();
    }

    public static boolean isParameterName(String name) {
        return PARAMETER_NAME.matcher(name).matches() && !isKeyword(name);
    }

    /**
     * The enum constant for an UpperCamelCase name: {@code UserNotFound} → {@code USER_NOT_FOUND},
     * {@code QRError} → {@code QR_ERROR}, {@code ERRCOMPOSE} → {@code ERRCOMPOSE}.
     */
    public static String constantName(String upperCamel) {
        StringBuilder out = new StringBuilder(upperCamel.length() + 8);
        for (int i = 0; i < upperCamel.length(); i++) {
            char c = upperCamel.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char previous = upperCamel.charAt(i - 1);
                boolean nextIsLower = i + 1 < upperCamel.length() && Character.isLowerCase(upperCamel.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The accessor of a JSON member in generated code: {@code field_errors} → {@code fieldErrors},
     * {@code referencing-objects} → {@code referencingObjects}. Used for wire details by the binder, the
     * validator and the writers alike.
     */
    public static String memberAccessor(String memberName) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (int i = 0; i < memberName.length(); i++) {
            char c = memberName.charAt(i);
            if (c == '_' || c == '-' || c == '.') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * The Java name a code or symbol stands for, when it is words: {@code card_declined} → {@code CardDeclined},
     * {@code ER_DUP_ENTRY} → {@code ErDupEntry}, {@code not-found} → {@code NotFound}, {@code auth.token.expired}
     * → {@code AuthTokenExpired}, {@code Not Unique} → {@code NotUnique}, {@code userNotFound} →
     * {@code UserNotFound}. A word all in capitals or all in small letters is capitalized; a word of mixed case
     * keeps its case but for a capital first letter. Empty for anything else ({@code 23505}, {@code _x},
     * {@code café}).
     */
    public static Optional<String> fromWords(String text) {
        if (!WORDS.matcher(text).matches()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String word : WORD_SEPARATORS.split(text)) {
            boolean mixed = !word.toUpperCase(Locale.ROOT).equals(word) && !word.toLowerCase(Locale.ROOT).equals(word);
            out.append(Character.toUpperCase(word.charAt(0)))
                    .append(mixed ? word.substring(1) : word.substring(1).toLowerCase(Locale.ROOT));
        }
        return Optional.of(out.toString());
    }

    /** Whether {@code text} is SCREAMING_SNAKE ASCII ({@code ER_DUP_ENTRY}), so that it can be an enum constant. */
    public static boolean isScreamingSnake(String text) {
        return SCREAMING_SNAKE.matcher(text).matches();
    }

    /** The UpperCamelCase name of a category id: {@code rate-limit} → {@code RateLimit}. */
    public static String fromCategoryId(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (String part : id.split("-", -1)) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /**
     * A suggestion for something that should be UpperCamelCase: {@code user-not found} →
     * {@code UserNotFound}, {@code 2fa} → {@code E2fa}, {@code class} → {@code ClassError}. Used only in
     * diagnostics. Empty when {@code text} holds a letter or digit outside ASCII: a suggestion built by
     * dropping it ({@code Us\\u0435rNotFound}, with a Cyrillic e, → {@code UsRNotFound}) would be worse
     * than none.
     */
    public static Optional<String> suggestUpperCamel(String text) {
        if (firstNonAsciiLetterOrDigit(text).isPresent()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        boolean upperNext = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, 'E');
        }
        String suggestion = out.toString();
        return Optional.of(isKeyword(suggestion) ? suggestion + "Error" : suggestion);
    }

    /**
     * A suggestion for a parameter or placeholder name, always one {@link #isParameterName} accepts:
     * {@code user-id} → {@code userId}, {@code GA} → {@code ga}, {@code URLPath} → {@code urlPath},
     * {@code 0} → {@code value0}, {@code class} → {@code classValue}. Empty as {@link #suggestUpperCamel} is.
     */
    public static Optional<String> suggestLowerCamel(String text) {
        if (firstNonAsciiLetterOrDigit(text).isPresent()) {
            return Optional.empty();
        }
        if (text.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
            return Optional.of("value" + suggestUpperCamel(text).orElseThrow().substring(1));
        }
        String upper = suggestUpperCamel(text).orElseThrow();
        // The leading capitals become small, but for the last of a run that starts a word: URLPath → urlPath.
        int capitals = 0;
        while (capitals < upper.length() && Character.isUpperCase(upper.charAt(capitals))) {
            capitals++;
        }
        int lowered = capitals == upper.length() || capitals == 1 ? capitals : capitals - 1;
        String lower = upper.substring(0, lowered).toLowerCase(Locale.ROOT) + upper.substring(lowered);
        return Optional.of(isKeyword(lower) ? lower + "Value" : lower);
    }

    /** A suggestion for a category id: {@code RateLimit} → {@code rate-limit}. Empty as {@link #suggestUpperCamel} is. */
    public static Optional<String> suggestCategoryId(String text) {
        return suggestUpperCamel(text).map(upper -> constantName(upper).toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The first letter or digit of {@code text} outside ASCII, which no generated name may hold. */
    public static Optional<String> firstNonAsciiLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 128 && Character.isLetterOrDigit(c)) {
                return Optional.of(new String(Character.toChars(c)));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }
}
