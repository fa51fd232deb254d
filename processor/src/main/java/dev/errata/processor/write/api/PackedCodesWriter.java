package dev.errata.processor.write.api;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Codes}, the table form's code index: a {@code dev.errata.PackedCodeIndex} whose shards are
 * string constants, each the codes that hash to it with their positions, packed as the runtime class reads
 * them (position, space, length of the code's text, space, the code's text). Shards hold about
 * {@link #CODES_PER_SHARD} codes: unpacking one into the index's table (sized for every code) is the work of
 * the first lookup that reaches it.
 */
final class PackedCodesWriter {

    /** About this many codes a shard, so that unpacking one costs a fraction of a millisecond cold. */
    static final int CODES_PER_SHARD = 192;

    /**
     * Shards a class holds: 4 of about 192 codes, some 15 KB of constants for codes of ten characters. Loading a
     * class reads all its constants, and the first lookup loads one such class.
     */
    static final int SHARDS_PER_CLASS = 4;

    /** Spreads codes over shards; must be {@code PackedCodeIndex}'s, which computes the same shard at run time. */
    private static final int SPREAD = 0x7FEB352D;

    private final WriteContext context;

    PackedCodesWriter(WriteContext context) {
        this.context = context;
    }

    /** The first code, when the integer codes run on by one in catalog order: then a code's position is its offset. */
    OptionalInt consecutiveFrom() {
        List<ErrorEntry> errors = context.catalog().errors();
        if (!context.integerCodes() || errors.isEmpty()) {
            return OptionalInt.empty();
        }
        int first = Integer.parseInt(errors.get(0).code());
        for (int i = 1; i < errors.size(); i++) {
            if ((long) Integer.parseInt(errors.get(i).code()) != (long) first + i) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(first);
    }

    /** The smallest number of shard bits, at least 1, that leaves about {@link #CODES_PER_SHARD} codes a shard. */
    static int shardBits(int codes) {
        int bits = 1;
        while (bits < 16 && (codes >> bits) > CODES_PER_SHARD) {
            bits++;
        }
        return bits;
    }

    TypeSpec write() {
        List<ErrorEntry> errors = context.catalog().errors();
        int bits = shardBits(errors.size());
        List<StringBuilder> shards = new ArrayList<>();
        for (int s = 0; s < 1 << bits; s++) {
            shards.add(new StringBuilder());
        }
        for (int position = 0; position < errors.size(); position++) {
            String code = errors.get(position).code();
            int hash = context.integerCodes() ? Integer.parseInt(code) : code.hashCode();
            String text = context.integerCodes() ? Integer.toString(hash) : code;
            shards.get((hash * SPREAD) >>> (32 - bits)).append(position).append(' ').append(text.length()).append(' ')
                    .append(text);
        }
        TypeSpec.Builder codes = TypeSpec.classBuilder("Codes")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(LookupWriter.PACKED_CODE_INDEX)
                .addJavadoc("Every code and its position, in $L shards unpacked on first use.\n", shards.size())
                .addMethod(MethodSpec.constructorBuilder()
                        .addComment("shard bits, codes in all, whether they are strings")
                        .addStatement("super($L, $L, $L)", bits, errors.size(), !context.integerCodes())
                        .build());
        MethodSpec.Builder shard = MethodSpec.methodBuilder("shard")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(String.class)
                .addParameter(TypeName.INT, "shard");
        if (shards.size() <= SHARDS_PER_CLASS) {
            codes.addMethod(shard.addCode(texts(shards, 0, shards.size())).build());
            return codes.build();
        }
        // Loading a class reads its whole constant pool: the shards are spread over small classes, so that the
        // first lookup loads one of them rather than a megabyte of every code.
        shard.beginControlFlow("switch (shard / $L)", SHARDS_PER_CLASS);
        for (int group = 0; group * SHARDS_PER_CLASS < shards.size(); group++) {
            String holder = "Shards" + group;
            shard.addCode("case $L:\n", group).addStatement("$>return $N.shard(shard)$<", holder);
            codes.addType(TypeSpec.classBuilder(holder)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addMethod(MethodSpec.methodBuilder("shard")
                            .addModifiers(Modifier.STATIC)
                            .returns(String.class)
                            .addParameter(TypeName.INT, "shard")
                            .addCode(texts(shards, group * SHARDS_PER_CLASS,
                                    Math.min(shards.size(), (group + 1) * SHARDS_PER_CLASS)))
                            .build())
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .build());
        }
        shard.addCode("default:\n").addStatement("$>return $S$<", "").endControlFlow();
        return codes.addMethod(shard.build()).build();
    }

    /** A {@code switch} returning the text of shards {@code from} to {@code to} (exclusive). */
    private static CodeBlock texts(List<StringBuilder> shards, int from, int to) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (shard)");
        for (int s = from; s < to; s++) {
            if (shards.get(s).length() > 0) {
                body.add("case $L:\n", s).addStatement("$>return $L$<", Literals.quote(shards.get(s).toString()));
            }
        }
        return body.add("default:\n").addStatement("$>return $S$<", "").endControlFlow().build();
    }
}
