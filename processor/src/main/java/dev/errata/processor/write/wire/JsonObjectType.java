package dev.errata.processor.write.wire;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Json.JsonObject}: a JSON object read whole (a detail's value, such as GitHub's {@code errors}
 * items or OpenX's {@code field_errors}), as a map in the body's order. A hash map costs a table and an entry per
 * member, more than the few members of an error's object themselves; this one holds them in two arrays, found by
 * a scan (by identity first: the parser's member names are canonical, the decoder's literals), until it holds
 * {@link #FEW}, when a {@code LinkedHashMap} takes them all over, so that a hostile object of many members costs
 * no more than it did. It reads as a {@code LinkedHashMap} would (order, a member named again replacing the
 * earlier value in its place, null values present, equality, {@code remove}) and is serialized as one.
 */
final class JsonObjectType {

    /** Most members held in the arrays; past them, a hash map, whose look-ups do not grow with the members. */
    static final int FEW = 8;

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName OBJECT = ClassName.get(Object.class);
    private static final TypeName ENTRY = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), STRING, OBJECT);
    private static final TypeName LINKED = ParameterizedTypeName.get(ClassName.get(LinkedHashMap.class), STRING, OBJECT);

    private JsonObjectType() {
    }

    /** A public method overriding one of {@code Map}'s (or an iterator's): the start of each below and of {@code Members}'. */
    static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    static TypeSpec write(ClassName self) {
        AnnotationSpec serial = AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "serial").build();
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractMap.class), STRING, OBJECT))
                .addSuperinterface(Serializable.class)
                .addJavadoc("An object read whole, as a map in the body's order: its members in two arrays, found by a\n"
                        + "scan, which for the few an error's object holds costs less to build and to read than a hash\n"
                        + "map; past $L members a {@code LinkedHashMap} holds them all, so that an object of many costs\n"
                        + "no more than one. Reads as that map would, and is serialized as one.\n", FEW)
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(FieldSpec.builder(TypeName.INT, "FEW", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Most members held in the arrays.\n").initializer("$L", FEW).build())
                .addField(FieldSpec.builder(String[].class, "names", Modifier.PRIVATE).addAnnotation(serial)
                        .addJavadoc("The members' names in order, null until the first; never serialized (writeReplace).\n")
                        .build())
                .addField(FieldSpec.builder(Object[].class, "values", Modifier.PRIVATE).addAnnotation(serial)
                        .addJavadoc("The value of each name, at the same index.\n").build())
                .addField(FieldSpec.builder(TypeName.INT, "size", Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(LINKED, "many", Modifier.PRIVATE).addAnnotation(serial)
                        .addJavadoc("Every member, once there are more than {@link #FEW}; null before.\n").build())
                .addMethod(put())
                .addMethod(indexOf())
                .addMethod(override("get", ClassName.OBJECT)
                        .addParameter(Object.class, "name")
                        .beginControlFlow("if (many != null)")
                        .addStatement("return many.get(name)")
                        .endControlFlow()
                        .addStatement("int index = indexOf(name)")
                        .addStatement("return index >= 0 ? values[index] : null")
                        .build())
                .addMethod(override("containsKey", TypeName.BOOLEAN)
                        .addParameter(Object.class, "name")
                        .addStatement("return many != null ? many.containsKey(name) : indexOf(name) >= 0")
                        .build())
                .addMethod(override("size", TypeName.INT)
                        .addStatement("return many != null ? many.size() : size")
                        .build())
                .addMethod(entrySet())
                .addMethod(MethodSpec.methodBuilder("removeAt")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(TypeName.INT, "index")
                        .addJavadoc("Removes the member at {@code index}, those after it moving up one.\n")
                        .addStatement("$T.arraycopy(names, index + 1, names, index, size - index - 1)", System.class)
                        .addStatement("$T.arraycopy(values, index + 1, values, index, size - index - 1)", System.class)
                        .addStatement("size--")
                        .addStatement("names[size] = null")
                        .addStatement("values[size] = null")
                        .build())
                .addMethod(MethodSpec.methodBuilder("writeReplace")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(Object.class)
                        .addStatement("return new $T(this)", LINKED)
                        .build())
                .build();
    }

    private static MethodSpec put() {
        return override("put", ClassName.OBJECT)
                .addParameter(STRING, "name")
                .addParameter(Object.class, "value")
                .beginControlFlow("if (many != null)")
                .addStatement("return many.put(name, value)")
                .endControlFlow()
                .addStatement("int index = indexOf(name)")
                .beginControlFlow("if (index >= 0)")
                .addStatement("Object earlier = values[index]")
                .addStatement("values[index] = value")
                .addStatement("return earlier")
                .endControlFlow()
                .beginControlFlow("if (size == FEW || name == null)")
                .addComment("A hash map from here on; it holds a null name too, which the scan does not.")
                .addStatement("many = new $T(this)", LINKED)
                .addStatement("names = null")
                .addStatement("values = null")
                .addStatement("size = 0")
                .addStatement("return many.put(name, value)")
                .endControlFlow()
                .beginControlFlow("if (names == null)")
                .addStatement("names = new String[4]")
                .addStatement("values = new Object[4]")
                .nextControlFlow("else if (size == names.length)")
                .addStatement("names = $T.copyOf(names, size * 2)", Arrays.class)
                .addStatement("values = $T.copyOf(values, size * 2)", Arrays.class)
                .endControlFlow()
                .addStatement("names[size] = name")
                .addStatement("values[size++] = value")
                .addStatement("return null")
                .build();
    }

    private static MethodSpec indexOf() {
        return MethodSpec.methodBuilder("indexOf")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.INT)
                .addParameter(Object.class, "name")
                .addJavadoc("The index of the member {@code name} in the arrays, or -1.\n")
                .beginControlFlow("if (!(name instanceof String))")
                .addStatement("return -1")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < size; i++)")
                .beginControlFlow("if (names[i] == name)")
                .addStatement("return i")
                .endControlFlow()
                .endControlFlow()
                .addStatement("int hash = name.hashCode()")
                .beginControlFlow("for (int i = 0; i < size; i++)")
                .beginControlFlow("if (names[i].hashCode() == hash && names[i].equals(name))")
                .addStatement("return i")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return -1")
                .build();
    }

    private static MethodSpec entrySet() {
        TypeName entries = ParameterizedTypeName.get(ClassName.get(Set.class), ENTRY);
        TypeSpec iterator = TypeSpec.anonymousClassBuilder("")
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterator.class), ENTRY))
                .addField(FieldSpec.builder(TypeName.INT, "next", Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(TypeName.INT, "last", Modifier.PRIVATE).initializer("-1").build())
                .addMethod(override("hasNext", TypeName.BOOLEAN)
                        .addStatement("return next < size")
                        .build())
                .addMethod(override("next", ENTRY)
                        .beginControlFlow("if (next >= size)")
                        .addStatement("throw new $T()", NoSuchElementException.class)
                        .endControlFlow()
                        .addStatement("last = next++")
                        .addStatement("return new $T<String, Object>(names[last], values[last])",
                                ClassName.get(AbstractMap.SimpleImmutableEntry.class))
                        .build())
                .addMethod(override("remove", TypeName.VOID)
                        .beginControlFlow("if (last < 0)")
                        .addStatement("throw new $T()", IllegalStateException.class)
                        .endControlFlow()
                        .addStatement("removeAt(last)")
                        .addStatement("next = last")
                        .addStatement("last = -1")
                        .build())
                .build();
        TypeSpec set = TypeSpec.anonymousClassBuilder("")
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractSet.class), ENTRY))
                .addMethod(override("iterator", ParameterizedTypeName.get(ClassName.get(Iterator.class), ENTRY))
                        .addStatement("return $L", iterator)
                        .build())
                .addMethod(override("size", TypeName.INT)
                        .addStatement("return size")
                        .build())
                .build();
        return override("entrySet", entries)
                .beginControlFlow("if (many != null)")
                .addStatement("return many.entrySet()")
                .endControlFlow()
                .addStatement("return $L", set)
                .build();
    }
}
