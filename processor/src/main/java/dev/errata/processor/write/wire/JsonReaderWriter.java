package dev.errata.processor.write.wire;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;
import dev.errata.processor.write.text.Literals;

/**
 * Writes {@code <Name>Json}: reads a response body with Jackson's streaming parser into JSON as Java
 * (maps in the body's order, ArrayList, String, BigDecimal, Boolean, null), within fixed limits on size and depth,
 * keeping only what the decoder reads ({@link JsonSelection}): every other value is skipped, checked to its
 * end without being built. This is the only generated class that touches Jackson, so supporting another
 * major version means changing only {@link Jackson}.
 */
public final class JsonReaderWriter {

    /** Largest body the decoder reads; larger ones are malformed without being parsed. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** Deepest nesting the decoder reads: far beyond any error body, far below any stack limit. */
    static final int MAX_DEPTH = 64;
    /**
     * Most values the decoder keeps of one body (those it skips do not count): far beyond any error body, and few
     * enough that a hostile one (a megabyte of {@code [1,1,1,...]} items) costs little time and memory.
     */
    static final int MAX_VALUES = 100_000;

    private final WriteContext context;
    private final Jackson jackson;

    public JsonReaderWriter(WriteContext context, Jackson jackson) {
        this.context = context;
        this.jackson = jackson;
    }

    public TypeSpec write() {
        ClassName self = context.json();
        ClassName selection = self.nestedClass("Selection");
        ClassName malformed = self.nestedClass("Malformed");
        Wire wire = context.wire().orElseThrow();
        JsonSelection errorObject = JsonSelection.errorObject(wire);
        JsonSelection body = JsonSelection.body(wire);

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.FINAL)
                .addJavadoc(Docs.block("Reads response bodies of " + context.displayName() + " with " + jackson.label()
                        + "'s streaming parser\ninto JSON as Java, within fixed limits: at most " + MAX_BODY_BYTES
                        + " bytes, " + MAX_DEPTH + " levels of nesting and " + MAX_VALUES + " values kept.\nOf a body it"
                        + " keeps only what the decoder reads; the rest it skips, checked all the same,\nso that a fault"
                        + " anywhere makes the body malformed.\n"))
                .addField(FieldSpec.builder(TypeName.INT, "MAX_BODY_BYTES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Largest body read; a larger one is malformed.\n").initializer("$L", MAX_BODY_BYTES).build())
                .addField(FieldSpec.builder(TypeName.INT, "MAX_DEPTH", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Deepest nesting read; a deeper body is malformed.\n").initializer("$L", MAX_DEPTH).build())
                .addField(FieldSpec.builder(TypeName.INT, "MAX_VALUES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Most values kept of a body (skipped ones do not count); a body needing more is malformed.\n")
                        .initializer("$L", MAX_VALUES).build())
                .addField(FieldSpec.builder(Object.class, "EMPTY", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Stands for a body without any JSON value (empty, or only white space).\n")
                        .initializer("new Object()").build())
                .addField(FieldSpec.builder(Object.class, "MALFORMED", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Stands for a body that is not JSON within the limits.\n")
                        .initializer("new Object()").build());
        Map<JsonSelection, String> named = new HashMap<>();
        String errorParts = errorParts(wire);
        if (!body.equals(errorObject)) {
            type.addField(selectionField(selection, "ERROR_OBJECT", errorObject, named,
                    "What the decoder reads of an error object: " + errorParts + ".\n"));
            named.put(errorObject, "ERROR_OBJECT");
        }
        type.addField(selectionField(selection, "BODY", body, named,
                        "What the decoder reads of a body: " + (body.equals(errorObject)
                                ? errorParts + ".\n" : "an error object, or a batch of them.\n")))
                .addField(selectionField(selection, "PROBLEM", JsonSelection.problem(wire, DetailsWriter.problemMembers(context)), named,
                        "What the decoder reads of an {@code application/problem+json} body.\n"))
                .addFields(wire.warningsPath().stream().map(path -> selectionField(selection, "WARNINGS",
                        JsonSelection.NONE.with(path, JsonSelection.ALL), named,
                        "What the decoder reads of a body for its warnings.\n")).toList())
                .addField(FieldSpec.builder(jackson.factory(), "FACTORY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", jackson.factory()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("parse")
                        .addModifiers(Modifier.STATIC)
                        .returns(Object.class)
                        .addParameter(byte[].class, "body")
                        .addJavadoc("A response body as the decoder reads it: JSON as Java, of objects only the members\n"
                                + "the decoder uses; {@link #EMPTY} or {@link #MALFORMED}; never throws.\n\n"
                                + "@param body the body\n@return the value\n")
                        .addStatement("return parse(body, BODY)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("parseProblem")
                        .addModifiers(Modifier.STATIC)
                        .returns(Object.class)
                        .addParameter(byte[].class, "body")
                        .addJavadoc("An {@code application/problem+json} body as the decoder reads it, like {@link #parse}.\n\n"
                                + "@param body the body\n@return the value\n")
                        .addStatement("return parse(body, PROBLEM)")
                        .build())
                .addMethods(wire.warningsPath().stream().map(path -> MethodSpec.methodBuilder("parseWarnings")
                        .addModifiers(Modifier.STATIC)
                        .returns(Object.class)
                        .addParameter(byte[].class, "body")
                        .addJavadoc("A body's warnings member as the decoder reads it, like {@link #parse}.\n\n"
                                + "@param body the body\n@return the value\n")
                        .addStatement("return parse(body, WARNINGS)")
                        .build()).toList())
                .addMethod(parse(selection, malformed))
                .addMethod(bytes())
                .addMethod(read(selection, self.nestedClass("Members"), WriteContext.JSON_OBJECT_MAP, malformed))
                .addMethod(skip(malformed))
                .addMethod(decimal())
                .addType(selectionType(selection))
                .addType(membersType(self.nestedClass("Members"), selection))
                .addType(malformedType(malformed));
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    /** What of an error object the wire section names, for Javadoc: "its code, message and success flag". */
    private static String errorParts(Wire wire) {
        List<String> parts = new ArrayList<>(List.of("code"));
        wire.messagePath().ifPresent(path -> parts.add("message"));
        wire.successMember().ifPresent(member -> parts.add("success flag"));
        if (!wire.details().isEmpty()) {
            parts.add("details");
        }
        String last = parts.remove(parts.size() - 1);
        return "its " + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last);
    }

    private FieldSpec selectionField(ClassName type, String name, JsonSelection selection, Map<JsonSelection, String> named,
            String javadoc) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", javadoc)
                .initializer(selectionExpression(type, selection, named, true))
                .build();
    }

    /**
     * The expression building {@code selection}: {@code Selection.ALL}, a constant already named, or a new
     * selection keeping its members, one per line at the top.
     */
    private static CodeBlock selectionExpression(ClassName type, JsonSelection selection, Map<JsonSelection, String> named,
            boolean top) {
        if (selection.all()) {
            return CodeBlock.of("$T.ALL", type);
        }
        if (named.containsKey(selection)) {
            return CodeBlock.of("$N", named.get(selection));
        }
        CodeBlock.Builder expression = CodeBlock.builder().add("new $T()", type);
        if (top) {
            expression.add("$>$>");
        }
        selection.members().forEach((name, member) -> expression.add(top ? "\n.keep($L, $L)" : ".keep($L, $L)",
                Literals.string(name), selectionExpression(type, member, named, false)));
        selection.items().ifPresent(items -> expression.add(top ? "\n.keepItems($L)" : ".keepItems($L)",
                selectionExpression(type, items, named, false)));
        if (top) {
            expression.add("$<$<");
        }
        return expression.build();
    }

    private MethodSpec parse(ClassName selection, ClassName malformed) {
        CodeBlock.Builder parse = CodeBlock.builder()
                .beginControlFlow("if (body == null || body.length > MAX_BODY_BYTES)")
                .addStatement("return MALFORMED")
                .endControlFlow();
        parse.beginControlFlow("try ($T parser = $L)", jackson.parser(), jackson.createParser("body"));
        parse.addStatement("$T first = parser.nextToken()", jackson.token())
                .beginControlFlow("if (first == null)")
                .addStatement("return EMPTY")
                .endControlFlow()
                .addStatement("Object value = read(parser, first, selection, 0, new int[] {MAX_VALUES})")
                .addStatement("return parser.nextToken() == null ? value : MALFORMED");
        if (jackson.checkedFailures()) {
            parse.nextControlFlow("catch ($T | $T | RuntimeException e)", malformed, IOException.class);
        } else {
            parse.nextControlFlow("catch ($T | RuntimeException e)", malformed);
        }
        parse.addStatement("return MALFORMED").endControlFlow();
        return MethodSpec.methodBuilder("parse")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class)
                .addParameter(byte[].class, "body")
                .addParameter(selection, "selection")
                .addCode(parse.build())
                .build();
    }

    private static MethodSpec bytes() {
        return MethodSpec.methodBuilder("bytes")
                .addModifiers(Modifier.STATIC)
                .returns(byte[].class)
                .addParameter(InputStream.class, "body")
                .addJavadoc("Reads at most one byte more than the limit, so an endless stream costs no more: a longer\n"
                        + "body comes back cut there, which {@link #parse} then refuses while its start still serves\n"
                        + "as an excerpt. Null for null or a read failure. Does not close the stream.\n\n"
                        + "@param body the body\n@return the bytes, or null\n")
                .beginControlFlow("if (body == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("byte[] buffer = new byte[8192]")
                .addStatement("int length = 0")
                .beginControlFlow("try")
                .beginControlFlow("while (true)")
                .beginControlFlow("if (length == buffer.length)")
                .beginControlFlow("if (length > MAX_BODY_BYTES)")
                .addStatement("break")
                .endControlFlow()
                .addStatement("buffer = $T.copyOf(buffer, Math.min(buffer.length * 2, MAX_BODY_BYTES + 1))", Arrays.class)
                .endControlFlow()
                .addStatement("int read = body.read(buffer, length, buffer.length - length)")
                .beginControlFlow("if (read < 0)")
                .addStatement("break")
                .endControlFlow()
                .addStatement("length += read")
                .endControlFlow()
                .nextControlFlow("catch ($T | RuntimeException e)", IOException.class)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("return $T.copyOf(buffer, length)", Arrays.class)
                .build();
    }

    private MethodSpec read(ClassName selection, ClassName members, ClassName jsonObject, ClassName malformed) {
        ClassName token = jackson.token();
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class));
        CodeBlock body = CodeBlock.builder()
                .add(tokenGuard(token, malformed))
                .beginControlFlow("if (--left[0] < 0)")
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .beginControlFlow("switch (token)")
                .add("case START_OBJECT: {\n").indent()
                .beginControlFlow("if (selection == $T.ALL)", selection)
                .addStatement("$T object = new $T()", jsonObject, jsonObject)
                .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_OBJECT; next = parser.nextToken())",
                        token, token)
                .beginControlFlow("if (next != $T.$L)", token, jackson.memberNameToken())
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .addStatement("object.put(parser.currentName(), read(parser, parser.nextToken(), $T.ALL, depth + 1, left))",
                        selection)
                .endControlFlow()
                .addStatement("return object")
                .endControlFlow()
                .add("// Each member's slot is found once, here, and the value goes straight into it.\n")
                .addStatement("$T object = new $T(selection)", members, members)
                .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_OBJECT; next = parser.nextToken())",
                        token, token)
                .beginControlFlow("if (next != $T.$L)", token, jackson.memberNameToken())
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .addStatement("int slot = selection.slot(parser.currentName())")
                .beginControlFlow("if (slot < 0)")
                .addStatement("skip(parser, parser.nextToken(), depth + 1)")
                .nextControlFlow("else")
                .addStatement("object.set(slot, read(parser, parser.nextToken(), selection.selections[slot], depth + 1, left))")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return object")
                .unindent().add("}\n")
                .add("case START_ARRAY: {\n").indent()
                .addStatement("$T array = new $T<>()", list, ArrayList.class)
                .addStatement("$T item = selection.items()", selection)
                .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_ARRAY; next = parser.nextToken())",
                        token, token)
                .beginControlFlow("if (item == null)")
                .addStatement("skip(parser, next, depth + 1)")
                .nextControlFlow("else")
                .addStatement("array.add(read(parser, next, item, depth + 1, left))")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return array")
                .unindent().add("}\n")
                .add("case VALUE_STRING:\n").indent()
                .addStatement("return parser.$L()", jackson.textMethod())
                .unindent()
                .add("case VALUE_NUMBER_INT:\n").indent()
                .add("// Most numbers fit a long; read as one, they cost no text.\n")
                .beginControlFlow("if (parser.getNumberType() != $T.BIG_INTEGER)", jackson.parser().nestedClass("NumberType"))
                .addStatement("return $T.valueOf(parser.getLongValue())", BigDecimal.class)
                .endControlFlow()
                .addStatement("return decimal(parser)")
                .unindent()
                .add("case VALUE_NUMBER_FLOAT:\n").indent()
                .addStatement("return decimal(parser)")
                .unindent()
                .add("case VALUE_TRUE:\n").indent().addStatement("return Boolean.TRUE").unindent()
                .add("case VALUE_FALSE:\n").indent().addStatement("return Boolean.FALSE").unindent()
                .add("case VALUE_NULL:\n").indent().addStatement("return null").unindent()
                .add("default:\n").indent().addStatement("throw new $T()", malformed).unindent()
                .endControlFlow()
                .build();
        MethodSpec.Builder read = MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class)
                .addParameter(jackson.parser(), "parser")
                .addParameter(token, "token")
                .addParameter(selection, "selection")
                .addParameter(TypeName.INT, "depth")
                .addParameter(int[].class, "left")
                .addJavadoc("The value starting at {@code token}, keeping what {@code selection} says: of an object the\n"
                        + "members it names, of an array the items if it names them (else the array stays empty);\n"
                        + "skips the rest. Each value kept costs one of the {@code left[0]} the body may keep still.\n")
                .addException(malformed)
                .addCode(body);
        return throwingParserFailures(read).build();
    }

    private MethodSpec skip(ClassName malformed) {
        ClassName token = jackson.token();
        CodeBlock body = CodeBlock.builder()
                .add(tokenGuard(token, malformed))
                .beginControlFlow("switch (token)")
                .add("case START_OBJECT:\n").indent()
                .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_OBJECT; next = parser.nextToken())",
                        token, token)
                .beginControlFlow("if (next != $T.$L)", token, jackson.memberNameToken())
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .addStatement("skip(parser, parser.nextToken(), depth + 1)")
                .endControlFlow()
                .addStatement("return")
                .unindent()
                .add("case START_ARRAY:\n").indent()
                .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_ARRAY; next = parser.nextToken())",
                        token, token)
                .addStatement("skip(parser, next, depth + 1)")
                .endControlFlow()
                .addStatement("return")
                .unindent()
                .add("case VALUE_NUMBER_FLOAT:\n").indent()
                .addStatement("decimal(parser)")
                .addStatement("return")
                .unindent()
                .add("case VALUE_STRING:\ncase VALUE_NUMBER_INT:\ncase VALUE_TRUE:\ncase VALUE_FALSE:\ncase VALUE_NULL:\n")
                .indent().addStatement("return").unindent()
                .add("default:\n").indent().addStatement("throw new $T()", malformed).unindent()
                .endControlFlow()
                .build();
        MethodSpec.Builder skip = MethodSpec.methodBuilder("skip")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(jackson.parser(), "parser")
                .addParameter(token, "token")
                .addParameter(TypeName.INT, "depth")
                .addJavadoc("Reads the value starting at {@code token} to its end, keeping nothing of it, yet failing\n"
                        + "where {@link #read} would: on a syntax error, past the depth limit, on a number\n"
                        + "{@link #decimal} refuses.\n")
                .addException(malformed)
                .addCode(body);
        return throwingParserFailures(skip).build();
    }

    /** A value's first token must exist, and a nested one must stay within the depth limit. */
    private static CodeBlock tokenGuard(ClassName token, ClassName malformed) {
        return CodeBlock.builder()
                .beginControlFlow("if (token == null)")
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .beginControlFlow("if (token == $T.START_OBJECT || token == $T.START_ARRAY)", token, token)
                .beginControlFlow("if (depth >= MAX_DEPTH)")
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** Declares {@code IOException} where the parser's failures are checked (Jackson 2), not where not (3). */
    private MethodSpec.Builder throwingParserFailures(MethodSpec.Builder method) {
        return jackson.checkedFailures() ? method.addException(IOException.class) : method;
    }

    private MethodSpec decimal() {
        MethodSpec.Builder decimal = MethodSpec.methodBuilder("decimal")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(BigDecimal.class)
                .addParameter(jackson.parser(), "parser")
                .addJavadoc("The current number exactly as written. One whose exponent a BigDecimal cannot hold\n"
                        + "({@code 1e9999999999}) throws NumberFormatException, which makes the body malformed.\n")
                .addStatement("return new $T(parser.$L())", BigDecimal.class, jackson.textMethod());
        return throwingParserFailures(decimal).build();
    }

    private static TypeSpec selectionType(ClassName selection) {
        return TypeSpec.classBuilder(selection)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What of a JSON value to keep: {@link #ALL} of it, or of an object the members named, each\n"
                        + "with what to keep of its own value, and of an array what to keep of each item. Built once,\n"
                        + "in the constants above, and only read after.\n")
                .addField(FieldSpec.builder(selection, "ALL", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The whole value.\n")
                        .initializer("new $T()", selection).build())
                .addField(FieldSpec.builder(String[].class, "names", Modifier.PRIVATE)
                        .addJavadoc("The members kept, in the order named; what to keep of each at the same index.\n")
                        .initializer("new String[0]").build())
                .addField(FieldSpec.builder(ArrayTypeName.of(selection), "selections", Modifier.PRIVATE)
                        .initializer("new $T[0]", selection).build())
                .addField(FieldSpec.builder(selection, "items", Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("keep")
                        .returns(selection)
                        .addParameter(String.class, "name")
                        .addParameter(selection, "member")
                        .addStatement("int slot = slot(name)")
                        .beginControlFlow("if (slot < 0)")
                        .addStatement("slot = names.length")
                        .addStatement("names = $T.copyOf(names, slot + 1)", Arrays.class)
                        .addStatement("selections = $T.copyOf(selections, slot + 1)", Arrays.class)
                        .addStatement("names[slot] = name")
                        .endControlFlow()
                        .addStatement("selections[slot] = member")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("keepItems")
                        .returns(selection)
                        .addParameter(selection, "item")
                        .addStatement("items = item")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("items")
                        .returns(selection)
                        .addJavadoc("What to keep of each item, or null to skip them all.\n")
                        .addStatement("return this == ALL ? ALL : items")
                        .build())
                .addMethod(MethodSpec.methodBuilder("slot")
                        .returns(TypeName.INT)
                        .addParameter(Object.class, "name")
                        .addJavadoc("The index of the member {@code name} among those kept, or -1.\n")
                        .beginControlFlow("if (!(name instanceof String))")
                        .addStatement("return -1")
                        .endControlFlow()
                        .addCode("// The parser's member names are canonical (interned, with Jackson's defaults) and the\n"
                                + "// decoder's are literals: mostly the very instances kept here, found by identity alone,\n"
                                + "// as is every look-up the decoder makes.\n")
                        .beginControlFlow("for (int i = 0; i < names.length; i++)")
                        .beginControlFlow("if (names[i] == name)")
                        .addStatement("return i")
                        .endControlFlow()
                        .endControlFlow()
                        .addCode("// The rest compare cached hashes first, so a member not kept costs no string compare.\n")
                        .addStatement("int hash = name.hashCode()")
                        .beginControlFlow("for (int i = 0; i < names.length; i++)")
                        .beginControlFlow("if (names[i].hashCode() == hash && names[i].equals(name))")
                        .addStatement("return i")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return -1")
                        .build())
                .build();
    }

    private static TypeSpec membersType(ClassName members, ClassName selection) {
        ClassName entry = ClassName.get(Map.class).nestedClass("Entry");
        TypeName entrySet = ParameterizedTypeName.get(ClassName.get(Set.class),
                ParameterizedTypeName.get(entry, ClassName.get(String.class), ClassName.get(Object.class)));
        return TypeSpec.classBuilder(members)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractMap.class), ClassName.get(String.class),
                        ClassName.get(Object.class)))
                .addJavadoc("The members kept of an object read in part: a few at most, known in advance, so each has\n"
                        + "its slot, found by {@link Selection#slot}, which costs less than a hash map. Like one, a\n"
                        + "member named again replaces the earlier value; members iterate in the order the selection\n"
                        + "names them, not the body's (the decoder only looks them up).\n")
                .addField(FieldSpec.builder(Object.class, "NULL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Holds the slot of a member whose value is JSON null, which is present all the same.\n")
                        .initializer("new Object()").build())
                .addField(selection, "selection", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(Object[].class, "values", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("By slot; null where the member is absent.\n").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(selection, "selection")
                        .addStatement("this.selection = selection")
                        .addStatement("values = new Object[selection.names.length]")
                        .build())
                .addMethod(MethodSpec.methodBuilder("set")
                        .addParameter(TypeName.INT, "slot")
                        .addParameter(Object.class, "value")
                        .addJavadoc("Keeps the value of the member in {@code slot}, replacing any earlier one.\n")
                        .addStatement("values[slot] = value == null ? NULL : value")
                        .build())
                .addMethod(override("get", ClassName.OBJECT)
                        .addParameter(Object.class, "name")
                        .addStatement("int slot = selection.slot(name)")
                        .addStatement("Object value = slot >= 0 ? values[slot] : null")
                        .addStatement("return value == NULL ? null : value")
                        .build())
                .addMethod(override("containsKey", TypeName.BOOLEAN)
                        .addParameter(Object.class, "name")
                        .addStatement("int slot = selection.slot(name)")
                        .addStatement("return slot >= 0 && values[slot] != null")
                        .build())
                .addMethod(override("size", TypeName.INT)
                        .addStatement("int size = 0")
                        .beginControlFlow("for (Object value : values)")
                        .beginControlFlow("if (value != null)")
                        .addStatement("size++")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return size")
                        .build())
                .addMethod(override("entrySet", entrySet)
                        .addStatement("$T entries = new $T<>()", entrySet, LinkedHashSet.class)
                        .beginControlFlow("for (int i = 0; i < values.length; i++)")
                        .beginControlFlow("if (values[i] != null)")
                        .addStatement("entries.add(new $T<String, Object>(selection.names[i], values[i] == NULL ? null : values[i]))",
                                ClassName.get(AbstractMap.class).nestedClass("SimpleImmutableEntry"))
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableSet(entries)", Collections.class)
                        .build())
                .build();
    }

    private static TypeSpec malformedType(ClassName malformed) {
        return expectedFailure(malformed, Exception.class,
                "The body is not JSON within the limits; carries no stack trace, it is expected input.\n");
    }

    /**
     * A private exception for input that is expected to fail (a body too large, malformed): no stack trace, no
     * suppression, which is most of what an exception costs.
     */
    static TypeSpec expectedFailure(ClassName type, Class<? extends Exception> superclass, String javadoc) {
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass)
                .addJavadoc("$L", javadoc)
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super(null, null, false, false)")
                        .build())
                .build();
    }

    /** A public method overriding one of {@code Map}'s: the start of each of {@code Members}'. */
    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
