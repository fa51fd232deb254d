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
import java.util.OptionalInt;
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
    static final ClassName PACKED_CODE_INDEX = ClassName.get("dev.errata", "PackedCodeIndex");

    private final WriteContext context;

    LookupWriter(WriteContext context) {
        this.context = context;
    }

    /**
     * Adds the lookups and the {@code Index} class to {@code type}.
     *
     * @param allValues the enum form's expression giving every entry in catalog order, as an array; the table
     *     form ignores it, its entries being built a data class at a time ({@code at})
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
        if (context.integerCodes()) {
            lookup.addStatement("return known != null ? known : new $T($S, $T.toString(code))",
                    WriteContext.UNKNOWN_CATALOG_ERROR, context.catalog().name(), Integer.class);
        } else {
            lookup.addStatement("return known != null ? known : new $T($S, code == null ? $S : code)",
                    WriteContext.UNKNOWN_CATALOG_ERROR, context.catalog().name(), "");
        }
        TypeSpec.Builder index = context.catalog().usesEnum() ? enumIndex(find, self, allValues)
                : tableIndex(type, find, self);
        type.addMethod(fromCode.build()).addMethod(lookup.build()).addMethod(find.build()).addType(index.build());
        if (context.catalog().codeBase().isPresent()) {
            type.addMethod(fromOffset(self));
        }
    }

    /** The enum form's {@code Index}: every constant, and its code index, built once on first use. */
    private TypeSpec.Builder enumIndex(MethodSpec.Builder find, ClassName self, CodeBlock allValues) {
        TypeSpec.Builder index = TypeSpec.classBuilder("Index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every entry, and its code index, built once on first use.\n")
                .addField(FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.STATIC, Modifier.FINAL)
                        .initializer(allValues).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (context.integerCodes()) {
            int[] codes = context.catalog().errors().stream().mapToInt(e -> Integer.parseInt(e.code())).toArray();
            int min = java.util.Arrays.stream(codes).min().orElse(0);
            long span = (long) java.util.Arrays.stream(codes).max().orElse(0) - min + 1;
            if (span <= 4L * codes.length + 64) {
                // Dense codes: the entry is one array load away, as fast as an array index can be. The slot
                // is int arithmetic on purpose: the explicit range test then lets the JIT drop the array's own
                // bounds check, and a code that wraps around lands outside the table, never inside it (the
                // table spans far less than half the int range).
                String offset = offset(min);
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
            addIndexed(find, index, ClassName.get(String.class), STRING_INDEX);
        }
        return index;
    }

    /**
     * The table form's {@code Index}: room for every entry, filled a data class at a time as lookups reach
     * its entries ({@code at}), and the code index, which reads no data class. Codes that run on by one in
     * catalog order are their own index; other codes go through a {@code PackedCodeIndex}, whose shards are
     * unpacked as lookups reach them. So the first lookup in a fresh JVM builds a few hundred entries and
     * indexes a few hundred codes, not the whole catalog.
     */
    private TypeSpec.Builder tableIndex(TypeSpec.Builder type, MethodSpec.Builder find, ClassName self) {
        int size = context.catalog().errors().size();
        TypeSpec.Builder index = TypeSpec.classBuilder("Index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every entry once its data class is loaded, and the code index.\n")
                .addField(FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T[$L]", self, size).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        PackedCodesWriter packed = new PackedCodesWriter(context);
        OptionalInt first = packed.consecutiveFrom();
        if (first.isPresent()) {
            int min = first.getAsInt();
            String offset = offset(min);
            find.addComment("Codes run on by one from $L: a code's position is its offset.", min)
                    .addStatement("int position = code$L", offset)
                    .addStatement("return position >= 0 && position < $L ? at(position) : null", size);
        } else {
            find.addStatement("int position = Index.BY_CODE.positionOf(code)")
                    .addStatement("return position < 0 ? null : at(position)");
            index.addField(FieldSpec.builder(PACKED_CODE_INDEX, "BY_CODE", Modifier.STATIC, Modifier.FINAL)
                    .initializer("new Codes()").build());
            type.addType(packed.write());
        }
        return index;
    }

    /** What takes a code to its offset from {@code min}, in Java: {@code " - 1000"}, or nothing from 0. */
    private static String offset(int min) {
        return min == 0 ? "" : min == Integer.MIN_VALUE ? " - Integer.MIN_VALUE" : min < 0 ? " + " + -min : " - " + min;
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
