package dev.errata.processor.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A processor that claims nothing and, once processing is over, reads the doc comments of every element of
 * one package as javac sees them: after unicode escapes are translated and the comment is lexed. A text that
 * closed its comment early, or was read as an escape, does not come back whole here.
 */
public final class DocComments extends AbstractProcessor {

    private final String packageName;
    private final Map<String, String> comments = new LinkedHashMap<>();

    public DocComments(String packageName) {
        this.packageName = packageName;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Not "*": a processor that supports every annotation yet claims none makes -Xlint:processing warn.
        // Run before Errata (which claims this one), it is asked every round, the last included.
        return Set.of("dev.errata.ErrorCatalog");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            PackageElement pkg = processingEnv.getElementUtils().getPackageElement(packageName);
            if (pkg != null) {
                for (Element type : pkg.getEnclosedElements()) {
                    collect(type, type.getSimpleName().toString());
                }
            }
        }
        return false;
    }

    private void collect(Element element, String key) {
        String comment = processingEnv.getElementUtils().getDocComment(element);
        if (comment != null) {
            comments.put(key, comment);
        }
        for (Element member : element.getEnclosedElements()) {
            collect(member, key + "." + name(member));
        }
    }

    /** {@code TRY_LATER}, {@code message}, {@code <init>(int,java.lang.String)}. */
    private static String name(Element member) {
        if (member instanceof ExecutableElement method) {
            StringBuilder out = new StringBuilder(method.getSimpleName()).append('(');
            for (VariableElement parameter : method.getParameters()) {
                out.append(out.charAt(out.length() - 1) == '(' ? "" : ",").append(parameter.asType());
            }
            return out.append(')').toString();
        }
        return member.getKind() == ElementKind.ENUM_CONSTANT || member instanceof TypeElement
                || member instanceof VariableElement ? member.getSimpleName().toString() : member.toString();
    }

    /** Doc comments by element: {@code MailError}, {@code MailError.TRY_LATER}, {@code MailErrors.fromCode(int)}. */
    public Map<String, String> comments() {
        return comments;
    }
}
