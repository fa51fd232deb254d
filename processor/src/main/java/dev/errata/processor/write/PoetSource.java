package dev.errata.processor.write;

import com.palantir.javapoet.JavaFile;

/** A source file JavaPoet renders whole. */
public record PoetSource(JavaFile file) implements GeneratedSource {

    @Override
    public String packageName() {
        return file.packageName();
    }

    @Override
    public String typeName() {
        return file.typeSpec().name();
    }

    @Override
    public String render() {
        return file.toString();
    }
}
