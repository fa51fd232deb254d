package dev.errata.processor.write.text;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalog texts and expressions joined into one {@code String} expression, such as a message
 * template filled in: {@code "Try again in " + String.valueOf(seconds) + " seconds."}.
 *
 * <p>Joined with {@code +} while the texts together fit one string constant: from Java 9 on, javac puts
 * every constant of a {@code +} chain into one (the recipe of its {@code invokedynamic} concatenation), which
 * a class file caps like any other ({@link Literals#MAX_CONSTANT_BYTES}). Longer texts are joined with
 * {@code String.join}, each in pieces that fit.
 */
public final class Concatenation {

    private final List<Object> parts = new ArrayList<>();
    private long recipeBytes;

    /** Appends a text, to read back exactly. */
    public Concatenation text(String text) {
        parts.add(text);
        recipeBytes += Literals.constantBytes(text);
        return this;
    }

    /** Appends an expression whose value is a {@code CharSequence}, such as a {@code String}. */
    public Concatenation expression(CodeBlock expression) {
        parts.add(expression);
        // The recipe marks where each argument goes with one character (\1).
        recipeBytes++;
        return this;
    }

    public CodeBlock build() {
        if (parts.isEmpty()) {
            return CodeBlock.of("$S", "");
        }
        if (recipeBytes <= Literals.MAX_CONSTANT_BYTES) {
            List<CodeBlock> operands = new ArrayList<>();
            for (Object part : parts) {
                operands.add(part instanceof String text ? Literals.string(text) : (CodeBlock) part);
            }
            return CodeBlock.join(operands, " + ");
        }
        CodeBlock.Builder join = CodeBlock.builder().add("$T.join($S", String.class, "");
        for (Object part : parts) {
            if (part instanceof String text) {
                for (String piece : Literals.pieces(text)) {
                    join.add(", $L", Literals.literal(piece));
                }
            } else {
                join.add(", $L", part);
            }
        }
        return join.add(")").build();
    }
}
