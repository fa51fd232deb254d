package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Optional;

/**
 * The Jackson major versions whose streaming parser generated decoders can use. They differ only in what
 * the generated {@code <Name>Json} class touches: packages, how a parser is made, the name of the token
 * before a member's value, how text is read, and whether failures are checked exceptions.
 */
public enum Jackson {
    /** {@code com.fasterxml.jackson.core}, 2.10 or newer. */
    V2("com.fasterxml.jackson.core", "com.fasterxml.jackson.core", "FIELD_NAME", "getText", true),
    /** {@code tools.jackson.core}, as Spring Boot 4 brings. */
    V3("tools.jackson.core", "tools.jackson.core.json", "PROPERTY_NAME", "getString", false);

    private final String corePackage;
    private final String factoryPackage;
    private final String memberNameToken;
    private final String textMethod;
    private final boolean checkedFailures;

    Jackson(String corePackage, String factoryPackage, String memberNameToken, String textMethod, boolean checkedFailures) {
        this.corePackage = corePackage;
        this.factoryPackage = factoryPackage;
        this.memberNameToken = memberNameToken;
        this.textMethod = textMethod;
        this.checkedFailures = checkedFailures;
    }

    /** The class whose presence on the compile class path selects this version. */
    public String marker() {
        return factoryPackage + ".JsonFactory";
    }

    /** The version a processor option names: {@code 2}, {@code 3}; {@code none} gives empty. */
    public static Optional<Jackson> fromOption(String value) {
        return switch (value) {
            case "2" -> Optional.of(V2);
            case "3" -> Optional.of(V3);
            default -> Optional.empty();
        };
    }

    ClassName factory() {
        return ClassName.get(factoryPackage, "JsonFactory");
    }

    ClassName parser() {
        return ClassName.get(corePackage, "JsonParser");
    }

    ClassName token() {
        return ClassName.get(corePackage, "JsonToken");
    }

    ClassName readContext() {
        return ClassName.get(corePackage, "ObjectReadContext");
    }

    String memberNameToken() {
        return memberNameToken;
    }

    String textMethod() {
        return textMethod;
    }

    /** Jackson 2 reports failures as {@code IOException}; Jackson 3 as unchecked exceptions. */
    boolean checkedFailures() {
        return checkedFailures;
    }

    /** How the generated code opens a parser on the byte array {@code bytes}. */
    CodeBlock createParser(String bytes) {
        return this == V3 ? CodeBlock.of("FACTORY.createParser($T.empty(), $N)", readContext(), bytes)
                : CodeBlock.of("FACTORY.createParser($N)", bytes);
    }

    /** The version's number, for Javadoc. */
    String label() {
        return this == V2 ? "Jackson 2" : "Jackson 3";
    }
}
