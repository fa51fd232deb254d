package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.ErrorCodec;
import dev.errata.spring.boot.ErrataAutoConfiguration;
import dev.errata.spring.oma.OmaException;
import dev.errata.spring.server.ErrataExceptionResolver;
import dev.errata.spring.server.ErrataWebExceptionHandler;
import dev.errata.spring.stripe.StripeException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the auto-configuration registers, and how it is turned off. */
class AutoConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    static class Catalogs {

        @Bean
        @Order(2)
        ErrorCodec<OmaException> oma() {
            return TestCodecs.OMA;
        }

        @Bean
        @Order(1)
        ErrorCodec<StripeException> stripe() {
            return TestCodecs.STRIPE;
        }
    }

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ErrataAutoConfiguration.class))
            .withUserConfiguration(Catalogs.class);

    @Test
    void everyRendererBeanIsACatalogInBeanOrderAndTheResolverServesThem() {
        web.run(context -> {
            assertThat(context.getBean(ErrataCatalogs.class).renderers())
                    .containsExactly(TestCodecs.STRIPE, TestCodecs.OMA).inOrder();
            assertThat(context.getBeansOfType(ErrataExceptionResolver.class)).hasSize(1);
        });
    }

    @Test
    void theResolverTakesItsOrderFromTheProperties() {
        web.run(context -> assertThat(context.getBean(ErrataExceptionResolver.class).getOrder()).isEqualTo(1));
        web.withPropertyValues("errata.server.order=-5").run(context ->
                assertThat(context.getBean(ErrataExceptionResolver.class).getOrder()).isEqualTo(-5));
    }

    @Test
    void turnedOffWholeOrTheServerAlone() {
        web.withPropertyValues("errata.server.enabled=false").run(context -> {
            assertThat(context.getBeansOfType(ErrataExceptionResolver.class)).isEmpty();
            assertThat(context.getBeansOfType(ErrataCatalogs.class)).hasSize(1);
        });
        web.withPropertyValues("errata.enabled=false").run(context -> {
            assertThat(context.getBeansOfType(ErrataExceptionResolver.class)).isEmpty();
            assertThat(context.getBeansOfType(ErrataCatalogs.class)).isEmpty();
        });
    }

    @Test
    void aReactiveApplicationGetsTheWebExceptionHandler() {
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ErrataAutoConfiguration.class))
                .withUserConfiguration(Catalogs.class)
                .withPropertyValues("errata.server.order=-7")
                .run(context -> {
                    assertThat(context.getBean(ErrataWebExceptionHandler.class).getOrder()).isEqualTo(-7);
                    assertThat(context.getBeansOfType(ErrataExceptionResolver.class)).isEmpty();
                });
    }

    @Test
    void noResolverOutsideAServletWebApplication() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ErrataAutoConfiguration.class))
                .withUserConfiguration(Catalogs.class)
                .run(context -> {
                    assertThat(context.getBeansOfType(ErrataExceptionResolver.class)).isEmpty();
                    assertThat(context.getBeansOfType(ErrataWebExceptionHandler.class)).isEmpty();
                    assertThat(context.getBean(ErrataCatalogs.class).renderers()).hasSize(2);
                });
    }
}
