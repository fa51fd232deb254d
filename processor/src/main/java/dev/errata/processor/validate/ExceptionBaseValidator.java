package dev.errata.processor.validate;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ExceptionBase;
import dev.errata.processor.model.ExceptionMembers;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.Wire;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code exceptionBase} against the compilation's class path: the generated base exception extends it
 * in the annotated package, and every generated exception below is concrete, so it must be a Throwable class
 * that such a class can extend. Each way it could not is one clear error at the catalog's
 * {@code exceptionBase}, never a javac error in generated code:
 * <ul>
 *   <li>a class (no interface, enum or record), a Throwable, neither final nor sealed;
 *   <li>reachable from the package: public, or in that package, and so is every class it is nested in; a
 *       nested class must be static (an inner class needs an enclosing instance);
 *   <li>no abstract method left to implement (the generated exceptions implement none);
 *   <li>a {@code (String, Throwable)} constructor the subclass may call, declaring no checked exception, and
 *       a {@code (String, Throwable, boolean, boolean)} one as well when some exceptions have no stack trace;
 *   <li>no method of a name the generated exceptions declare ({@code error()}, {@code retryable()}, a
 *       parameter's or a detail's accessor), which they would override or fail to.
 * </ul>
 * A generic class cannot extend Throwable (JLS 8.1.2), so no such base exists to refuse.
 */
public final class ExceptionBaseValidator {

    private final Elements elements;
    private final Types types;

    public ExceptionBaseValidator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * Reports what keeps the generated exceptions of {@code packageName} from extending the catalog's
     * base; the base as the writers need it when nothing does.
     */
    public Optional<ExceptionBase> validate(Catalog catalog, String packageName, Diagnostics diagnostics) {
        String name = catalog.exceptionBase();
        TypeElement base = elements.getTypeElement(name);
        Optional<String> problem = base == null
                ? Optional.of("is not on the compile class path (write its fully qualified name, with dots also"
                        + " before a nested class's name)")
                : problem(base, catalog, packageName);
        if (problem.isPresent()) {
            diagnostics.report(Message.EXCEPTION_BASE_INVALID, catalog.exceptionBasePosition(), name, problem.get());
            return Optional.empty();
        }
        return Optional.of(describe(base, catalog.anyStackless()));
    }

    private Optional<String> problem(TypeElement base, Catalog catalog, String packageName) {
        if (base.getKind() != ElementKind.CLASS) {
            return Optional.of("is " + kindName(base.getKind()) + ", not a class");
        }
        if (!types.isSubtype(types.erasure(base.asType()), type("java.lang.Throwable"))) {
            return Optional.of("does not extend java.lang.Throwable");
        }
        if (base.getModifiers().contains(Modifier.FINAL)) {
            return Optional.of("is final");
        }
        if (base.getModifiers().contains(Modifier.SEALED)) {
            return Optional.of("is sealed: only the classes its permits clause names may extend it");
        }
        if (base.getNestingKind() == NestingKind.MEMBER && !base.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of("is an inner class (a nested class that is not static): only code holding an instance"
                    + " of " + ((TypeElement) base.getEnclosingElement()).getQualifiedName() + " may extend it");
        }
        Optional<String> unreachable = unreachable(base, packageName);
        if (unreachable.isPresent()) {
            return Optional.of("cannot be reached from package " + packageName + ", where the exceptions are"
                    + " generated: " + unreachable.get());
        }
        List<String> abstractMethods = unimplemented(base);
        if (!abstractMethods.isEmpty()) {
            return Optional.of("leaves methods abstract, which the generated exceptions do not implement: "
                    + String.join(", ", abstractMethods));
        }
        Optional<String> constructor = constructorProblem(base, packageName, false);
        if (constructor.isEmpty() && catalog.anyStackless()) {
            constructor = constructorProblem(base, packageName, true).map(p -> p + ", which exceptions without a stack"
                    + " trace need (generation.stackTraces or a category's stackTraces is false)");
        }
        if (constructor.isPresent()) {
            return constructor;
        }
        if (Wire.makesItems(catalog.wire()) && finalFillInStackTrace(base)) {
            return Optional.of("declares fillInStackTrace() final, which the generated exceptions override so that the"
                    + " decoder makes the items of a batch and the errors nested in details without a stack trace");
        }
        List<String> clashes = clashingMethods(base, catalog, packageName);
        if (!clashes.isEmpty()) {
            return Optional.of("has " + (clashes.size() == 1 ? "a method " : "methods ") + String.join(", ", clashes)
                    + ", which the generated exceptions declare themselves");
        }
        return Optional.empty();
    }

    /** Why {@code type} or a class it is nested in cannot be named from {@code packageName}, if so. */
    private Optional<String> unreachable(TypeElement type, String packageName) {
        for (Element element = type; element instanceof TypeElement nested; element = element.getEnclosingElement()) {
            String which = nested == type ? "it" : "it is nested in " + nested.getQualifiedName() + ", which";
            Set<Modifier> modifiers = nested.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE)) {
                return Optional.of(which + " is private");
            }
            if (!modifiers.contains(Modifier.PUBLIC) && !packageOf(nested).equals(packageName)) {
                return Optional.of(which + (modifiers.contains(Modifier.PROTECTED) ? " is protected" : " is not public")
                        + " and lies in package " + packageOf(nested));
            }
        }
        return Optional.empty();
    }

    /** The abstract methods of {@code base} that no method of it or of its superclasses implements. */
    private List<String> unimplemented(TypeElement base) {
        if (!base.getModifiers().contains(Modifier.ABSTRACT)) {
            return List.of();
        }
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(base));
        Set<String> missing = new LinkedHashSet<>();
        for (ExecutableElement method : methods) {
            if (method.getModifiers().contains(Modifier.ABSTRACT) && methods.stream().noneMatch(other -> other != method
                    && !other.getModifiers().contains(Modifier.ABSTRACT) && elements.overrides(other, method, base))) {
                missing.add(signature(method));
            }
        }
        return List.copyOf(missing);
    }

    /**
     * What is wrong with the constructor the generated base calls: {@code super(message, cause)}, or with
     * {@code stackless} {@code super(message, cause, true, writesStackTrace)}.
     */
    private Optional<String> constructorProblem(TypeElement base, String packageName, boolean stackless) {
        List<TypeMirror> wanted = new ArrayList<>(List.of(type("java.lang.String"), type("java.lang.Throwable")));
        if (stackless) {
            wanted.add(types.getPrimitiveType(javax.lang.model.type.TypeKind.BOOLEAN));
            wanted.add(types.getPrimitiveType(javax.lang.model.type.TypeKind.BOOLEAN));
        }
        String signature = "(" + (stackless ? "String, Throwable, boolean, boolean" : "String, Throwable") + ")";
        for (ExecutableElement constructor : ElementFilter.constructorsIn(base.getEnclosedElements())) {
            if (!sameTypes(constructor, wanted) || !callable(constructor, base, packageName)) {
                continue;
            }
            List<String> checked = constructor.getThrownTypes().stream()
                    .filter(thrown -> !types.isSubtype(thrown, type("java.lang.RuntimeException"))
                            && !types.isSubtype(thrown, type("java.lang.Error")))
                    .map(TypeMirror::toString)
                    .toList();
            if (!checked.isEmpty()) {
                return Optional.of("has a " + signature + " constructor that declares the checked "
                        + (checked.size() == 1 ? "exception " : "exceptions ") + String.join(", ", checked)
                        + ", which the generated constructors do not");
            }
            return Optional.empty();
        }
        return Optional.of("has no public or protected " + signature + " constructor");
    }

    private boolean sameTypes(ExecutableElement method, List<TypeMirror> wanted) {
        if (method.getParameters().size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!types.isSameType(method.getParameters().get(i).asType(), wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a subclass in {@code packageName} may call (or inherits) {@code member}. */
    private boolean callable(Element member, TypeElement base, String packageName) {
        Set<Modifier> modifiers = member.getModifiers();
        return modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED)
                || (!modifiers.contains(Modifier.PRIVATE) && packageOf(base).equals(packageName));
    }

    /** Whether {@code base} or a class between it and Throwable makes {@code fillInStackTrace()} final. */
    private boolean finalFillInStackTrace(TypeElement base) {
        return ElementFilter.methodsIn(elements.getAllMembers(base)).stream()
                .anyMatch(method -> method.getSimpleName().contentEquals("fillInStackTrace")
                        && method.getParameters().isEmpty() && method.getModifiers().contains(Modifier.FINAL));
    }

    /** Methods without arguments of {@code base} that a generated exception declares too. */
    private List<String> clashingMethods(TypeElement base, Catalog catalog, String packageName) {
        Set<String> declared = new LinkedHashSet<>(ExceptionMembers.DECLARED_ACCESSORS);
        if (catalog.categories().isEmpty()) {
            declared.remove("category");
        }
        if (catalog.usesClassPerCode()) {
            for (ErrorEntry error : catalog.errors()) {
                error.parameters().stream().map(Parameter::name).forEach(declared::add);
            }
        }
        catalog.wire().ifPresent(wire -> {
            wire.details().keySet().stream().map(JavaNames::memberAccessor).forEach(declared::add);
            if (wire.batchPath().isPresent()) {
                declared.addAll(ExceptionMembers.BATCH_ACCESSORS);
            }
        });
        return ElementFilter.methodsIn(elements.getAllMembers(base)).stream()
                .filter(method -> method.getParameters().isEmpty() && declared.contains(method.getSimpleName().toString()))
                .filter(method -> callable(method, (TypeElement) method.getEnclosingElement(), packageName))
                .map(method -> method.getSimpleName() + "()")
                .distinct()
                .collect(Collectors.toList());
    }

    private ExceptionBase describe(TypeElement base, boolean stackless) {
        List<String> simpleNames = new ArrayList<>();
        List<Element> named = new ArrayList<>();
        for (Element element = base; element instanceof TypeElement type; element = element.getEnclosingElement()) {
            simpleNames.add(0, type.getSimpleName().toString());
            named.add(type);
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(base.getEnclosedElements())) {
            int arguments = constructor.getParameters().size();
            if (arguments == 2 || (stackless && arguments == 4)) {
                named.add(constructor);
            }
        }
        Set<String> lintWarnings = new LinkedHashSet<>();
        for (Element element : named) {
            if (elements.isDeprecated(element)) {
                lintWarnings.add(forRemoval(element) ? "removal" : "deprecation");
            }
        }
        boolean checked = !types.isSubtype(types.erasure(base.asType()), type("java.lang.RuntimeException"));
        return new ExceptionBase(packageOf(base), simpleNames, checked, lintWarnings);
    }

    /** Whether {@code element} is {@code @Deprecated(forRemoval = true)}, which javac reports as removal. */
    private static boolean forRemoval(Element element) {
        Deprecated deprecated = element.getAnnotation(Deprecated.class);
        return deprecated != null && deprecated.forRemoval();
    }

    private String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
    }

    private TypeMirror type(String name) {
        return types.erasure(elements.getTypeElement(name).asType());
    }

    /** {@code status()}, {@code format(java.lang.String, int)}: how a method is named in a message. */
    private static String signature(ExecutableElement method) {
        return method.getSimpleName() + method.getParameters().stream().map(p -> p.asType().toString())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            case RECORD -> "a record";
            default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
