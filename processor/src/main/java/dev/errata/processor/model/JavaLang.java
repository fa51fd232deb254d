package dev.errata.processor.model;

import java.util.Set;

/**
 * The public types of {@code java.lang}, which every Java file imports implicitly: a generated type of the
 * same simple name would hide one of them in its package ({@code SecurityException} for a catalog named
 * {@code Security}, {@code InternalError} for one named {@code Internal}), both from the generated code and
 * from the user's code beside it.
 *
 * <p>Written out rather than read from the running JDK, so that a catalog is accepted or refused alike on
 * every JDK: the union of JDK 17 and JDK 25 ({@code Compiler} left with 21; {@code MatchException},
 * {@code WrongThreadException}, {@code ScopedValue}, {@code StableValue} and {@code IO} came later).
 * JavaLangTest fails on a JDK that adds a type missing here.
 */
public final class JavaLang {

    private static final Set<String> TYPES = Set.of(
            "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
            "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
            "CharSequence", "Character", "Class", "ClassCastException", "ClassCircularityError", "ClassFormatError",
            "ClassLoader", "ClassNotFoundException", "ClassValue", "CloneNotSupportedException", "Cloneable",
            "Comparable", "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException", "Error",
            "Exception", "ExceptionInInitializerError", "Float", "FunctionalInterface", "IO", "IllegalAccessError",
            "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
            "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
            "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal",
            "InstantiationError", "InstantiationException", "Integer", "InternalError", "InterruptedException",
            "Iterable", "LayerInstantiationException", "LinkageError", "Long", "MatchException", "Math", "Module",
            "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
            "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number",
            "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process",
            "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable",
            "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
            "SecurityManager", "Short", "StableValue", "StackOverflowError", "StackTraceElement", "StackWalker",
            "StrictMath", "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException",
            "SuppressWarnings", "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable",
            "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError",
            "UnsupportedOperationException", "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

    private JavaLang() {}

    /** Whether {@code java.lang} has a public type of this simple name (on JDK 17 to 25). */
    public static boolean declares(String simpleName) {
        return TYPES.contains(simpleName);
    }

    /** The names, for the test that compares them with the running JDK's. */
    public static Set<String> types() {
        return TYPES;
    }
}
