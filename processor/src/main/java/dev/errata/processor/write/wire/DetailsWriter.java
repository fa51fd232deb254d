package dev.errata.processor.write.wire;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.DetailKind;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.model.Wire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;

/**
 * Adds the typed structured details of {@code wire.details} to the base exception: a getter each, empty
 * until set, and a {@code with...} method that sets it (the decoder uses them, and so can a mock server
 * building an error to render).
 */
public final class DetailsWriter {

    private static final AnnotationSpec SERIAL = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "serial").build();

    private final WriteContext context;

    public DetailsWriter(WriteContext context) {
        this.context = context;
    }


    /** The getter of a detail: {@code field_errors} → {@code fieldErrors}. */
    static String javaName(String wireName) {
        return JavaNames.memberAccessor(wireName);
    }

    /**
     * The text detail a parameter is bound to: the one whose accessor is the parameter's name, when the parameter
     * is a string (the validator refuses any other parameter of a detail's name).
     */
    public static Optional<String> boundDetail(Optional<Wire> wire, Parameter parameter) {
        if (wire.isEmpty() || parameter.type() != ParameterType.STRING) {
            return Optional.empty();
        }
        return wire.get().details().entrySet().stream()
                .filter(d -> d.getValue() == DetailKind.TEXT && javaName(d.getKey()).equals(parameter.name()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The member under which a problem document carries a parameter, when it carries it as a member of its own:
     * its name, unless a member of the problem ({@code type}, ..., a detail) has that name, or the parameter is bound
     * to a detail, which carries it.
     */
    public static Optional<String> problemMember(Optional<Wire> wire, Parameter parameter) {
        if (wire.isEmpty() || boundDetail(wire, parameter).isPresent() || Wire.PROBLEM_MEMBERS.contains(parameter.name())
                || wire.get().details().keySet().stream().anyMatch(d -> Wire.detailPath(d).get(0).equals(parameter.name()))) {
            return Optional.empty();
        }
        return Optional.of(parameter.name());
    }

    /** The parameters of every entry that problem documents carry as members of their own, in catalog order. */
    static java.util.Set<String> problemMembers(WriteContext context) {
        java.util.Set<String> members = new java.util.LinkedHashSet<>();
        if (context.classPerCode()) {
            for (dev.errata.processor.model.ErrorEntry error : context.catalog().errors()) {
                error.parameters().forEach(p -> problemMember(context.wire(), p).ifPresent(members::add));
            }
        }
        return members;
    }

    /** {@code withFieldErrors}. */
    public static String setterName(String wireName) {
        return prefixed("with", wireName);
    }

    /** {@code adoptFieldErrors}: the decoder's setter, which keeps the value given rather than a copy. */
    static String adopterName(String wireName) {
        return prefixed("adopt", wireName);
    }

    /** {@code prefix} and the detail's Java name, capitalized: {@code with} + {@code fieldErrors}. */
    private static String prefixed(String prefix, String wireName) {
        String name = javaName(wireName);
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The Java type a detail has in the exception. */
    public TypeName type(DetailKind kind) {
        ClassName string = ClassName.get(String.class);
        return switch (kind) {
            case TEXT -> string;
            case OBJECT -> ParameterizedTypeName.get(ClassName.get(Map.class), string, ClassName.get(Object.class));
            case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class));
            case ERRORS_BY_NAME -> ParameterizedTypeName.get(ClassName.get(Map.class), string, context.baseException());
            case ERRORS_BY_INDEX -> ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(Integer.class),
                    context.baseException());
        };
    }

    public void addTo(TypeSpec.Builder base) {
        Optional<Wire> wire = context.wire();
        if (wire.isEmpty()) {
            return;
        }
        for (Map.Entry<String, DetailKind> detail : wire.get().details().entrySet()) {
            add(base, detail.getKey(), detail.getValue());
        }
    }

    private void add(TypeSpec.Builder base, String wireName, DetailKind kind) {
        String name = javaName(wireName);
        TypeName type = type(kind);
        String doc = Docs.code(wireName);
        FieldSpec.Builder field = FieldSpec.builder(type, name, Modifier.PRIVATE).addJavadoc("The response's $L.\n", doc);
        MethodSpec.Builder getter = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder adopter = null;
        MethodSpec.Builder setter = MethodSpec.methodBuilder(setterName(wireName))
                .addModifiers(Modifier.PUBLIC)
                .returns(context.baseException())
                .addParameter(type, name);
        if (kind == DetailKind.TEXT) {
            getter.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                    .addJavadoc(Docs.returns("the response's $L, if it held one"), doc)
                    .addStatement("return $T.ofNullable($N)", Optional.class, name);
            setter.addJavadoc("Sets the $L detail.\n\n@param $N the value, or null\n@return this exception\n", doc, name)
                    .addStatement("this.$N = $N", name, name);
        } else {
            field.addAnnotation(SERIAL);
            // The decoder builds each such value afresh, so copying it again, as the public setter must, is waste.
            adopter = MethodSpec.methodBuilder(adopterName(wireName))
                    .addParameter(type, "owned")
                    .addJavadoc("Sets the $L detail to {@code owned} itself, not a copy: for the decoder, which built\n"
                            + "it and keeps no other reference to it.\n", doc);
            if (kind == DetailKind.LIST) {
                field.initializer("$T.emptyList()", Collections.class);
                setter.addStatement("this.$N = $T.unmodifiableList(new $T<>($N))", name, Collections.class, ArrayList.class, name);
                adopter.addStatement("this.$N = $T.unmodifiableList(owned)", name, Collections.class);
            } else {
                field.initializer("$T.emptyMap()", Collections.class);
                setter.addStatement("this.$N = $T.unmodifiableMap(new $T<>($N))", name, Collections.class, LinkedHashMap.class,
                        name);
                adopter.addStatement("this.$N = $T.unmodifiableMap(owned)", name, Collections.class);
            }
            getter.returns(type)
                    .addJavadoc(Docs.returns("the response's $L; empty if it held none"), doc)
                    .addStatement("return $N", name);
            setter.addJavadoc("Sets the $L detail (copied).\n\n@param $N the value\n@return this exception\n", doc, name);
        }
        setter.addStatement("return this");
        base.addField(field.build()).addMethod(getter.build()).addMethod(setter.build());
        if (adopter != null) {
            base.addMethod(adopter.build());
        }
    }
}
