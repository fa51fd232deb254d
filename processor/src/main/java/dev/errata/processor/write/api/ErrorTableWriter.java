package dev.errata.processor.write.api;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.JavaNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.SplicedSource;
import dev.errata.processor.write.GeneratedSources;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Literals;

/**
 * Writes the data of a large catalog as package-private classes of {@link Catalog#tableChunk()} entries each
 * (500, fewer when entries carry many optional values), as protobuf and jOOQ split their initializers: every
 * array initializer costs bytecode in its class's static initializer (about 25 bytes an entry here: code, HTTP
 * status, category), which the JVM caps at 64 KiB, and every text an entry in the class's constant pool, capped
 * at 65,535. The texts are cases of a {@code switch} per column (about 8 bytes an entry), which stays under the
 * 8,000 bytes of a method HotSpot still compiles.
 */
public final class ErrorTableWriter {

    private final WriteContext context;
    private final List<ErrorEntry> errors;
    /** Entries per data class: {@link Catalog#tableChunk()}, within its initializer budget. */
    private final int chunkSize;
    private final boolean hasCategories;
    /** The optional columns: asked of the catalog once, since each question looks at every entry. */
    private final List<EntryField> fields;

    public ErrorTableWriter(WriteContext context) {
        this.context = context;
        this.errors = context.catalog().errors();
        this.chunkSize = context.catalog().tableChunk();
        this.hasCategories = !context.catalog().categories().isEmpty();
        this.fields = EntryFields.of(context.catalog());
    }

    int chunkCount() {
        return (errors.size() + chunkSize - 1) / chunkSize;
    }

    ClassName chunkClass(int chunk) {
        return ClassName.get(context.packageName(), context.names().errorTable(chunk));
    }

    /**
     * One data class: its declaration, each array initializer and each text method's cases a placeholder, and
     * their text.
     *
     * @param type the class, for {@link SplicedSource}
     * @param splices each array's initializer and each method's cases, by its placeholder
     */
    public record Chunk(TypeSpec type, Map<String, String> splices) {}

    public List<Chunk> write() {
        List<Chunk> tables = new ArrayList<>();
        for (int chunk = 0; chunk < chunkCount(); chunk++) {
            tables.add(chunk(chunk));
        }
        return tables;
    }

    private Chunk chunk(int chunk) {
        int from = chunk * chunkSize;
        List<ErrorEntry> slice = errors.subList(from, Math.min(errors.size(), from + chunkSize));
        Map<String, String> splices = new LinkedHashMap<>();
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$L", from));
        arguments.add(array(context.codeType(), "CODES", slice, context::codeLiteral, splices));
        arguments.add(array(TypeName.INT, "HTTP_STATUSES", slice, e -> String.valueOf(e.httpStatus().orElse(0)),
                splices));
        if (hasCategories) {
            // Numbered once, not by indexOf per entry: the first of equal categories keeps its number, as indexOf.
            Map<Category, Integer> numbers = new HashMap<>();
            List<Category> categories = context.catalog().categories();
            for (int i = 0; i < categories.size(); i++) {
                numbers.putIfAbsent(categories.get(i), i + 1);
            }
            arguments.add(array(TypeName.INT, "CATEGORIES", slice,
                    e -> String.valueOf(e.category().map(c -> numbers.getOrDefault(c, 0)).orElse(0)), splices));
        }
        // Per entry, a digit of bits: 1 retryable, 2 deprecated, 4 without stack trace.
        StringBuilder flags = new StringBuilder();
        for (ErrorEntry error : slice) {
            int bits = (error.retryable() ? 1 : 0) | (error.deprecation().deprecated() ? 2 : 0)
                    | (context.catalog().stackTraces(error) ? 0 : 4);
            flags.append((char) ('0' + bits));
        }
        arguments.add(CodeBlock.of("$S", flags.toString()));
        for (EntryField field : fields) {
            arguments.add(array(field.type(), field.arrayName(), slice, e -> field.value().apply(e).toString(), splices));
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(chunkClass(chunk))
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Entries $L to $L of $L, as data for {@link $T}: its entries, built when this class\n"
                        + "initializes, which the JVM does once, on the first lookup that reaches one of them, and their\n"
                        + "texts, each a string constant the JVM resolves when it is first read.\n", from,
                        from + slice.size() - 1, context.displayName(), context.errorEnum())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "LOADED", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.loadTable($L)", context.errorEnum(), CodeBlock.join(arguments, ", "))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (TextColumn column : TextColumn.values()) {
            type.addMethod(textMethod(column, slice, splices));
        }
        context.generated().ifPresent(type::addAnnotation);
        return new Chunk(type.build(), splices);
    }

    /**
     * {@code message(row)}: a column's text of the class's entry {@code row}, as a {@code switch} that returns a
     * literal per entry that has one. The entries keep no reference to their texts: the class's constant pool
     * holds each once it is resolved, so a text costs its {@code String} and one slot, and a lookup resolves none.
     */
    private MethodSpec textMethod(TextColumn column, List<ErrorEntry> slice, Map<String, String> splices) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(column.member())
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeName.INT, "row");
        // One case a line; JavaPoet indents the placeholder's line, each later case gets the same indentation.
        String indent = GeneratedSources.INDENT;
        String nextLine = "\n" + indent + indent + indent;
        StringBuilder cases = new StringBuilder();
        for (int row = 0; row < slice.size(); row++) {
            Optional<String> text = column.text(slice.get(row), context.catalog());
            if (text.isPresent()) {
                cases.append(cases.length() == 0 ? "" : nextLine).append("case ").append(row).append(": return ")
                        .append(Literals.quote(text.get())).append(';');
            }
        }
        if (cases.length() == 0) {
            return method.addJavadoc("No entry of this class has a $L.\n", column.member())
                    .addStatement("return null")
                    .build();
        }
        // Not Java, so that a placeholder left in place could never compile.
        String placeholder = "<<" + column.member().toUpperCase(Locale.ROOT) + "_CASES>>";
        splices.put(placeholder, cases.toString());
        return method.addJavadoc("{@return the $L of entry {@code row} of this class$L}\n", column.member(),
                        column == TextColumn.NAME ? "" : ", or null if it has none")
                .beginControlFlow("switch (row)")
                .addCode("$L\n", placeholder)
                .addCode("default: return null;\n")
                .endControlFlow()
                .build();
    }

    /**
     * An array creation whose initializer is a placeholder, and into {@code splices} its text: one element a
     * line. The array is an argument, not a field, so that it is garbage once the entries are built.
     */
    private static CodeBlock array(TypeName component, String name, List<ErrorEntry> slice,
            Function<ErrorEntry, String> literal, Map<String, String> splices) {
        String indent = GeneratedSources.INDENT;
        String[] literals = new String[slice.size()];
        int length = 2 + indent.length() + 1;
        for (int i = 0; i < literals.length; i++) {
            literals[i] = literal.apply(slice.get(i));
            length += 2 * indent.length() + literals[i].length() + 2;
        }
        StringBuilder values = new StringBuilder(length).append("{\n");
        for (int i = 0; i < literals.length; i++) {
            values.append(indent).append(indent).append(literals[i]).append(i + 1 < literals.length ? ",\n" : "\n");
        }
        values.append(indent).append('}');
        // Not Java, so that a placeholder left in place could never compile.
        String placeholder = "<<" + name + ">>";
        splices.put(placeholder, values.toString());
        return CodeBlock.of("new $T[] $L", component, placeholder);
    }

    /**
     * {@code loadTable}: builds one data class's entries into {@code Index.VALUES}, once, from the class's
     * static initializer; returns true, the data class's {@code LOADED}. Each entry keeps its index, its code
     * and its other values packed into one {@code int} (see {@link ErrorClassWriter}).
     */
    MethodSpec loadTable(ClassName self) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("loadTable")
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(TypeName.INT, "start")
                .addParameter(ArrayTypeName.of(context.codeType()), "codes")
                .addParameter(int[].class, "httpStatuses");
        CodeBlock.Builder bits = CodeBlock.builder().add("httpStatuses[i] | (flags.charAt(i) - '0') << FLAGS_SHIFT");
        if (hasCategories) {
            method.addParameter(int[].class, "categories");
            bits.add(" | categories[i] << CATEGORY_SHIFT");
        }
        method.addParameter(String.class, "flags");
        CodeBlock.Builder arguments = CodeBlock.builder().add("start + i, codes[i], bits");
        for (EntryField field : fields) {
            String column = JavaNames.memberAccessor(field.arrayName().toLowerCase(Locale.ROOT));
            method.addParameter(ArrayTypeName.of(field.type()), column);
            arguments.add(", $N[i]", column);
        }
        return method.addStatement("$T[] values = Index.VALUES", self)
                .beginControlFlow("for (int i = 0; i < codes.length; i++)")
                .addStatement("int bits = $L", bits.build())
                .addStatement("values[start + i] = new $T($L)", self, arguments.build())
                .endControlFlow()
                .addStatement("return true")
                .build();
    }
}
