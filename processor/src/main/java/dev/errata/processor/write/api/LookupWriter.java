package dev.errata.processor.write.api;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;

/**
 * The code lookups of {@code <Name>Error}, the same whether it is an enum or a class: {@code fromCode} and
 * the never-failing {@code lookup}, over a nested {@code Index} built once from every entry. Integer codes use
 * a direct table of entries when the codes are dense (one array load), else the runtime's {@code IntIndex}
 * (a perfect hash, no boxing); string codes the runtime's {@code StringIndex} (open addressing).
 */
public final class LookupWriter {

    private static final ClassName INT_INDEX = ClassName.get("dev.errata", "IntIndex");
    private static final ClassName STRING_INDEX = ClassName.get("dev.errata", "StringIndex");

    private final WriteContext context;

    LookupWriter(WriteContext context) {
        this.context = context;
    }

    /**
     * Adds the lookups and the {@code Index} class to {@code type}.
     *
     * @param allValues an expression giving every entry in catalog order, as an array
     */
    void addTo(TypeSpec.Builder type, ClassName self, CodeBlock allValues) {
        TypeName codeType = context.codeType();
        MethodSpec.Builder fromCode = MethodSpec.methodBuilder("fromCode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .addParameter(codeType, "code")
                .addJavadoc("The entry for {@code code}, or empty when the catalog does not list it.\n\n"
                        + "@param code the code as the vendor sends it\n"
                        + "@return the entry, if any\n")
                .addStatement("$T known = find(code)", self)
                .addStatement("return known == null ? $T.<$T>empty() : $T.of(known)", Optional.class, self, Optional.class);
        MethodSpec.Builder lookup = MethodSpec.methodBuilder("lookup")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(WriteContext.CATALOG_ERROR)
                .addParameter(codeType, "code")
                .addJavadoc("The entry for {@code code}; never fails. A code the catalog does not list gives an\n"
                        + "{@link $T} that carries the code and nothing else.\n\n"
                        + "@param code the code as received\n"
                        + "@return the entry, or an unknown-code entry\n", WriteContext.UNKNOWN_CATALOG_ERROR)
                .addStatement("$T known = find(code)", self);
        MethodSpec.Builder find = MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(codeType, "code");
        TypeSpec.Builder index = TypeSpec.classBuilder("Index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every entry, and its code index, built once on first use.\n")
                .addField(FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.STATIC, Modifier.FINAL)
                        .initializer(allValues).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (context.integerCodes()) {
            lookup.addStatement("return known != null ? known : new $T($S, $T.toString(code))",
                    WriteContext.UNKNOWN_CATALOG_ERROR, context.catalog().name(), Integer.class);
            int[] codes = context.catalog().errors().stream().mapToInt(e -> Integer.parseInt(e.code())).toArray();
            int min = java.util.Arrays.stream(codes).min().orElse(0);
            long span = (long) java.util.Arrays.stream(codes).max().orElse(0) - min + 1;
            if (span <= 4L * codes.length + 64) {
                // Dense codes: the entry is one array load away, as fast as an array index can be. The slot
                // is int arithmetic on purpose: the explicit range test then lets the JIT drop the array's own
                // bounds check, and a code that wraps around lands outside the table, never inside it (the
                // table spans far less than half the int range).
                String offset = min == 0 ? "" : min == Integer.MIN_VALUE ? " - Integer.MIN_VALUE"
                        : min < 0 ? " + " + -min : " - " + min;
                find.addStatement("int slot = code$L", offset)
                        .addStatement("return slot >= 0 && slot < Index.BY_OFFSET.length ? Index.BY_OFFSET[slot] : null");
                index.addField(FieldSpec.builder(ArrayTypeName.of(self), "BY_OFFSET", Modifier.STATIC, Modifier.FINAL)
                                .addJavadoc("Entry by {@code code$L}; null where no code is.\n", offset).build())
                        .addStaticBlock(CodeBlock.builder()
                                .addStatement("BY_OFFSET = new $T[$L]", self, span)
                                .beginControlFlow("for ($T value : VALUES)", self)
                                .addStatement("BY_OFFSET[value.code$L] = value", offset)
                                .endControlFlow()
                                .build());
            } else {
                addIndexed(find, index, TypeName.INT, INT_INDEX);
            }
        } else {
            lookup.addStatement("return known != null ? known : new $T($S, code == null ? $S : code)",
                    WriteContext.UNKNOWN_CATALOG_ERROR, context.catalog().name(), "");
            addIndexed(find, index, ClassName.get(String.class), STRING_INDEX);
        }
        type.addMethod(fromCode.build()).addMethod(lookup.build()).addMethod(find.build()).addType(index.build());
        if (context.catalog().codeBase().isPresent()) {
            type.addMethod(fromOffset(self));
        }
    }

    /**
     * {@code fromOffset}: the entry at an offset from {@code codes.base}, as the vendor's table numbers its rows.
     * The sum is taken in {@code long}: one beyond {@code int} is no code, rather than a wrapped-around number.
     */
    private MethodSpec fromOffset(ClassName self) {
        return MethodSpec.methodBuilder("fromOffset")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .addParameter(TypeName.INT, "offset")
                .addJavadoc("The entry at {@code offset} in the vendor's table: code {@code $T.CODE_BASE + offset}.\n\n"
                        + "@param offset the row's offset from the table's base\n"
                        + "@return the entry, or empty when the catalog lists no code there\n", context.tables())
                .addStatement("long code = (long) $T.CODE_BASE + offset", context.tables())
                .addStatement("return code < $T.MIN_VALUE || code > $T.MAX_VALUE ? $T.<$T>empty() : fromCode((int) code)",
                        Integer.class, Integer.class, Optional.class, self)
                .build();
    }

    /** {@code find} through a runtime index ({@code IntIndex}, {@code StringIndex}) of every entry's code. */
    private static void addIndexed(MethodSpec.Builder find, TypeSpec.Builder index, TypeName codeType,
            ClassName indexType) {
        find.addStatement("int position = Index.BY_CODE.positionOf(code)")
                .addStatement("return position < 0 ? null : Index.VALUES[position]");
        index.addField(FieldSpec.builder(indexType, "BY_CODE", Modifier.STATIC, Modifier.FINAL).build())
                .addStaticBlock(CodeBlock.builder()
                        .addStatement("$T codes = new $T[VALUES.length]", ArrayTypeName.of(codeType), codeType)
                        .beginControlFlow("for (int i = 0; i < codes.length; i++)")
                        .addStatement("codes[i] = VALUES[i].code")
                        .endControlFlow()
                        .addStatement("BY_CODE = $T.of(codes)", indexType)
                        .build());
    }
}
