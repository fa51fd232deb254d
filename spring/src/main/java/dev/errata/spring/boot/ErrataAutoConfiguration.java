package dev.errata.spring.boot;

import dev.errata.ErrorRenderer;
import dev.errata.spring.ErrataCatalogs;
import dev.errata.spring.server.ErrataAnswering;
import dev.errata.spring.server.ErrataExceptionResolver;
import dev.errata.spring.server.ErrataWebExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Spring Boot's auto-configuration of Errata: the catalogs are the application's {@link ErrorRenderer} beans
 * (each catalog's {@code <Name>Codec.INSTANCE}, declared as a {@code @Bean}), in their bean order; in a servlet
 * web application, {@link ErrataExceptionResolver} renders their exceptions; in a reactive one,
 * {@link ErrataWebExceptionHandler}.
 *
 * <p>Off with {@code errata.enabled=false}; the server side alone off with {@code errata.server.enabled=false}.
 * An application's own {@link ErrataCatalogs}, {@link ErrataExceptionResolver} or
 * {@link ErrataWebExceptionHandler} bean replaces Errata's.
 */
@AutoConfiguration
@ConditionalOnClass(ErrorRenderer.class)
@ConditionalOnProperty(prefix = "errata", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrataProperties.class)
public class ErrataAutoConfiguration {

    /**
     * @param renderers the application's renderer beans
     * @return the catalogs
     */
    @Bean
    @ConditionalOnMissingBean
    public ErrataCatalogs errataCatalogs(ObjectProvider<ErrorRenderer<?>> renderers) {
        return ErrataCatalogs.of(renderers.orderedStream().toList());
    }

    /** The server side, in a servlet web application with Spring MVC. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    @ConditionalOnProperty(prefix = "errata.server", name = "enabled", matchIfMissing = true)
    static class Server {

        @Bean
        @ConditionalOnMissingBean
        ErrataExceptionResolver errataExceptionResolver(ErrataCatalogs catalogs,
                ObjectProvider<MessageSource> messageSource, ErrataProperties properties) {
            return configured(new ErrataExceptionResolver(catalogs, messageSource.getIfAvailable()), properties);
        }
    }

    /** The server side, in a reactive web application with Spring WebFlux. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(WebExceptionHandler.class)
    @ConditionalOnProperty(prefix = "errata.server", name = "enabled", matchIfMissing = true)
    static class ReactiveServer {

        @Bean
        @ConditionalOnMissingBean
        ErrataWebExceptionHandler errataWebExceptionHandler(ErrataCatalogs catalogs,
                ObjectProvider<MessageSource> messageSource, ErrataProperties properties) {
            return configured(new ErrataWebExceptionHandler(catalogs, messageSource.getIfAvailable()), properties);
        }
    }

    /** The server adapter with the body format and order of {@code errata.server}. */
    static <A extends ErrataAnswering> A configured(A adapter, ErrataProperties properties) {
        adapter.setBodyFormat(properties.getServer().getBody());
        if (properties.getServer().getOrder() != null) {
            adapter.setOrder(properties.getServer().getOrder());
        }
        return adapter;
    }
}
