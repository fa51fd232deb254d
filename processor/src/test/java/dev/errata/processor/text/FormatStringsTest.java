package dev.errata.processor.text;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The structural half of "catalog text is data": every format string Errata hands JavaPoet ({@code addJavadoc},
 * {@code addStatement}, {@code CodeBlock.of}, {@code beginControlFlow}, {@code add}, {@code initializer},
 * {@code addMember}, {@code addFileComment}, ...) is a compile-time constant, so no text from a catalog can
 * ever be read as one: a catalog's {@code $5} stays text, and its {@code $L} never takes an argument. Text
 * reaches generated code as the argument of {@code $L}, already escaped by {@code Literals} or {@code Docs}.
 *
 * <p>Checked on Errata's own sources, compiled here with javac's tree API: for each call of a JavaPoet method
 * whose parameters end in {@code String format, Object... args}, the format must be a literal, literals joined
 * with {@code +}, a choice between such, a constant, or {@code Docs.returns} of such.
 */
class FormatStringsTest {

    @Test
    void everyJavaPoetFormatIsAConstant() throws IOException {
        List<String> offenders = formatsNotConstant(Path.of("src/main/java"));
        assertWithMessage("JavaPoet format strings built at run time (pass the text as a $L argument instead)")
                .that(offenders).isEmpty();
    }

    @Test
    void theCheckFindsAFormatBuiltFromText() throws IOException {
        // The check itself: a writer that concatenates text into a format is found; one that passes it is not.
        Path sources = Files.createTempDirectory("errata-formats");
        Path file = sources.resolve("dev/errata/probe/Probe.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package dev.errata.probe;

                import com.palantir.javapoet.CodeBlock;
                import com.palantir.javapoet.MethodSpec;

                class Probe {
                    static final String CONSTANT = "return $L";

                    void write(String text, boolean flag) {
                        MethodSpec.methodBuilder("a").addJavadoc("Text: " + text + "\\n");
                        MethodSpec.methodBuilder("b").addJavadoc("Text: $L\\n", text);
                        MethodSpec.methodBuilder("c").addStatement(CONSTANT, text);
                        MethodSpec.methodBuilder("d").addStatement(flag ? "return $L" : "throw $L", text);
                        CodeBlock.of(text);
                        CodeBlock.builder().add("(" + "$L" + ")", text);
                        MethodSpec.methodBuilder("e").addJavadoc(dev.errata.processor.write.text.Docs.returns("the $L"), text);
                        MethodSpec.methodBuilder("f").addJavadoc(dev.errata.processor.write.text.Docs.returns(text));
                    }
                }
                """, StandardCharsets.UTF_8);
        List<String> offenders = formatsNotConstant(sources);
        assertThat(offenders).hasSize(3);
        assertThat(offenders.get(0)).contains("Probe.java:10");
        assertThat(offenders.get(1)).contains("Probe.java:14");
        assertThat(offenders.get(2)).contains("Probe.java:17");
    }

    /** Each call whose format is not constant, as {@code file:line: call}. */
    static List<String> formatsNotConstant(Path sourceRoot) throws IOException {
        List<File> files;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, diagnostics,
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
                    fileManager.getJavaFileObjectsFromFiles(files));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            assertWithMessage("Errata's sources compile here").that(diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).map(Object::toString).toList()).isEmpty();
            Trees trees = Trees.instance(task);
            List<String> offenders = new ArrayList<>();
            for (CompilationUnitTree unit : units) {
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                        int format = formatIndex(trees.getElement(getCurrentPath()));
                        if (format >= 0 && format < call.getArguments().size()
                                && !constant(trees, unit, call.getArguments().get(format))) {
                            long line = unit.getLineMap().getLineNumber(trees.getSourcePositions()
                                    .getStartPosition(unit, call.getArguments().get(format)));
                            offenders.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + ": " + call);
                        }
                        return super.visitMethodInvocation(call, unused);
                    }
                }.scan(unit, null);
            }
            return offenders;
        }
    }

    /**
     * Methods that only wrap their arguments in fixed text, such as {@code Docs.returns} ({@code {@return ...}}):
     * given constants, they give a format made of constants.
     */
    private static final java.util.Set<String> FORMAT_OF_CONSTANTS = java.util.Set.of(
            "dev.errata.processor.write.text.Docs.returns");

    private static String qualifiedName(Element method) {
        return method == null ? "" : ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "."
                + method.getSimpleName();
    }

    /** The index of a JavaPoet method's format parameter: the String before a final {@code Object...}; else -1. */
    private static int formatIndex(Element element) {
        if (!(element instanceof ExecutableElement method) || !method.isVarArgs()) {
            return -1;
        }
        Element type = method.getEnclosingElement();
        while (type != null && !(type instanceof TypeElement)) {
            type = type.getEnclosingElement();
        }
        if (type == null || !((TypeElement) type).getQualifiedName().toString().startsWith("com.palantir.javapoet.")) {
            return -1;
        }
        List<? extends VariableElement> parameters = method.getParameters();
        int last = parameters.size() - 1;
        if (last < 1 || !(parameters.get(last).asType() instanceof ArrayType varargs)
                || !varargs.getComponentType().toString().equals("java.lang.Object")
                || !parameters.get(last - 1).asType().toString().equals("java.lang.String")) {
            return -1;
        }
        return last - 1;
    }

    /** Whether {@code expression} is a compile-time constant string: what no catalog can have written. */
    private static boolean constant(Trees trees, CompilationUnitTree unit, ExpressionTree expression) {
        if (expression instanceof LiteralTree) {
            return true;
        }
        if (expression instanceof ParenthesizedTree parenthesized) {
            return constant(trees, unit, parenthesized.getExpression());
        }
        if (expression instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
            return constant(trees, unit, binary.getLeftOperand()) && constant(trees, unit, binary.getRightOperand());
        }
        if (expression instanceof ConditionalExpressionTree choice) {
            return constant(trees, unit, choice.getTrueExpression()) && constant(trees, unit, choice.getFalseExpression());
        }
        if (expression instanceof MethodInvocationTree call && FORMAT_OF_CONSTANTS.contains(qualifiedName(
                trees.getElement(TreePath.getPath(unit, call))))) {
            return call.getArguments().stream().allMatch(argument -> constant(trees, unit, argument));
        }
        if (expression.getKind() == Tree.Kind.IDENTIFIER || expression.getKind() == Tree.Kind.MEMBER_SELECT) {
            Element element = trees.getElement(TreePath.getPath(unit, expression));
            return element instanceof VariableElement variable && variable.getConstantValue() != null
                    && variable.asType().getKind() != TypeKind.ERROR;
        }
        return false;
    }
}
