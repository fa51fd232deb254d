package dev.errata.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members every generated exception already has, which a catalog's own names must not take: a
 * parameter becomes a field and an accessor of its entry's exception, a wire detail a field and an accessor
 * of the base exception. One list, so that the rules for parameters, for details and for {@code
 * exceptionBase} cannot drift apart from each other (the writers declare these members).
 */
public final class ExceptionMembers {

    /** Methods without arguments that the generated exceptions declare, whatever the catalog. */
    public static final List<String> DECLARED_ACCESSORS = List.of("error", "codeString", "retryable", "response",
            "category", "parameters");

    /** The batch exception's own accessors, which a detail (on the base of the batch exception) would clash with. */
    public static final List<String> BATCH_ACCESSORS = List.of("failures", "itemCount");

    /** The method through which the decoder attaches a response: {@code attach(ErrorResponse)}. */
    public static final String ATTACH = "attach";

    /** The arguments of the generated constructors besides the parameters. */
    private static final List<String> CONSTRUCTOR_ARGUMENTS = List.of("message", "cause");

    private static final Map<String, String> TAKEN = taken();

    private ExceptionMembers() {}

    /** Why a parameter may not be named {@code name}, if it may not. */
    public static Optional<String> takenForParameter(String name) {
        return Optional.ofNullable(TAKEN.get(name));
    }

    /**
     * Why a wire detail may not have the accessor {@code accessor}, if it may not. The constructors' arguments
     * do not count: a detail is a field of the base exception, which a constructor argument may shadow.
     */
    public static Optional<String> takenForDetail(String accessor) {
        if (BATCH_ACCESSORS.contains(accessor)) {
            return Optional.of("the batch exception already has a method " + accessor + "()");
        }
        if (CONSTRUCTOR_ARGUMENTS.contains(accessor)) {
            return Optional.empty();
        }
        return Optional.ofNullable(TAKEN.get(accessor));
    }

    private static Map<String, String> taken() {
        Map<String, String> taken = new HashMap<>();
        for (String method : List.of("error", "codeString", "retryable", "response", "parameters", ATTACH)) {
            taken.put(method, "the generated exceptions already have a method " + method + "()");
        }
        taken.put("category", "the exceptions of a category already have a method category()");
        for (String argument : CONSTRUCTOR_ARGUMENTS) {
            taken.put(argument, "the generated constructors already take a '" + argument + "' argument");
        }
        for (String method : List.of("getMessage", "getLocalizedMessage", "getCause", "initCause", "fillInStackTrace",
                "getStackTrace", "setStackTrace", "printStackTrace", "addSuppressed", "getSuppressed", "toString",
                "hashCode", "equals", "getClass", "clone", "finalize", "notify", "notifyAll", "wait")) {
            taken.put(method, "every exception already has a method " + method + "() (from java.lang.Throwable"
                    + " or Object)");
        }
        taken.put("serialVersionUID", "the generated exceptions already have a field of that name");
        return Map.copyOf(taken);
    }
}
