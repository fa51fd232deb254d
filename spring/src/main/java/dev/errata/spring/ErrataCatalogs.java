package dev.errata.spring;

import dev.errata.ErrorRenderer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The catalogs a server renders: finds the renderer whose exception type an exception is, without reflection
 * ({@link ErrorRenderer#exceptionType()}{@code .isInstance}). Immutable.
 */
public final class ErrataCatalogs {

    private final List<ErrorRenderer<?>> renderers;

    private ErrataCatalogs(List<ErrorRenderer<?>> renderers) {
        this.renderers = renderers;
    }

    /**
     * @param renderers the catalogs' renderers ({@code <Name>Codec.INSTANCE}), in the order they are tried: an
     *     exception is rendered by the first whose {@link ErrorRenderer#exceptionType()} it is
     * @return the catalogs
     */
    public static ErrataCatalogs of(Collection<? extends ErrorRenderer<?>> renderers) {
        List<ErrorRenderer<?>> copy = new ArrayList<>(renderers.size());
        for (ErrorRenderer<?> renderer : renderers) {
            if (!copy.contains(renderer)) { // the same codec declared twice (a bean and a property) is one catalog
                copy.add(renderer);
            }
        }
        return new ErrataCatalogs(Collections.unmodifiableList(copy));
    }

    /**
     * @param renderers the catalogs' renderers, tried in this order
     * @return the catalogs
     */
    public static ErrataCatalogs of(ErrorRenderer<?>... renderers) {
        return of(List.of(renderers));
    }

    /** {@return the renderers, in the order they are tried} */
    public List<ErrorRenderer<?>> renderers() {
        return renderers;
    }

    /**
     * The exception {@code thrown} as one of the catalogs', ready to render; empty when it is none of theirs.
     *
     * @param thrown any exception
     * @return the exception with its renderer
     */
    public Optional<CatalogException<?>> find(Throwable thrown) {
        for (ErrorRenderer<?> renderer : renderers) {
            if (renderer.exceptionType().isInstance(thrown)) {
                return Optional.of(CatalogException.of(renderer, thrown));
            }
        }
        return Optional.empty();
    }
}
