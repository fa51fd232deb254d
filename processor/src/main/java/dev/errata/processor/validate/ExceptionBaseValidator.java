package dev.errata.processor.validate;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.model.Catalog;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code exceptionBase} against the compilation's class path: it must be a non-final Throwable
 * with an accessible {@code (String, Throwable)} constructor, which the generated base calls.
 */
public final class ExceptionBaseValidator {

    private final Elements elements;
    private final Types types;

    public ExceptionBaseValidator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    public void validate(Catalog catalog, Diagnostics diagnostics) {
        String name = catalog.exceptionBase();
        TypeElement base = elements.getTypeElement(name);
        String problem = null;
        if (base == null) {
            problem = "is not on the compile class path (write its fully qualified name)";
        } else if (!types.isSubtype(types.erasure(base.asType()), throwable())) {
            problem = "does not extend java.lang.Throwable";
        } else if (base.getModifiers().contains(Modifier.FINAL)) {
            problem = "is final";
        } else if (!hasMessageCauseConstructor(base)) {
            problem = "has no public or protected (String, Throwable) constructor";
        }
        if (problem != null) {
            diagnostics.report(Message.EXCEPTION_BASE_INVALID, catalog.exceptionBasePosition(), name, problem);
        }
    }

    /** Whether the catalog's exceptions are checked: its base does not extend RuntimeException. */
    public boolean isChecked(Catalog catalog) {
        TypeElement base = elements.getTypeElement(catalog.exceptionBase());
        TypeElement unchecked = elements.getTypeElement("java.lang.RuntimeException");
        return base != null && !types.isSubtype(types.erasure(base.asType()), types.erasure(unchecked.asType()));
    }

    private TypeMirror throwable() {
        return elements.getTypeElement("java.lang.Throwable").asType();
    }

    private boolean hasMessageCauseConstructor(TypeElement base) {
        TypeMirror string = elements.getTypeElement("java.lang.String").asType();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(base.getEnclosedElements())) {
            List<? extends javax.lang.model.element.VariableElement> parameters = constructor.getParameters();
            boolean accessible = constructor.getModifiers().contains(Modifier.PUBLIC)
                    || constructor.getModifiers().contains(Modifier.PROTECTED);
            if (accessible && parameters.size() == 2
                    && types.isSameType(parameters.get(0).asType(), string)
                    && types.isSameType(parameters.get(1).asType(), throwable())) {
                return true;
            }
        }
        return false;
    }
}
