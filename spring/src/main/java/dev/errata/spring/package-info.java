/**
 * Spring adapters of Errata's wire codecs ({@link dev.errata.ErrorCodec}): one adapter serves every catalog.
 *
 * <ul>
 *   <li>{@link dev.errata.spring.client.ErrataRestClient}: {@code RestClient} (and {@code RestTemplate}) status
 *       handler and, for catalogs whose errors arrive inside 2xx responses, an interceptor that reads those
 *       bodies once;
 *   <li>{@link dev.errata.spring.client.ErrataWebClient}: the same for {@code WebClient}, as an
 *       {@code ExchangeFilterFunction};
 *   <li>{@link dev.errata.spring.server.ErrataExceptionResolver}: Spring MVC renders the catalogs' exceptions as
 *       the vendor's body or as {@code application/problem+json};
 *   <li>{@link dev.errata.spring.server.ErrataWebExceptionHandler}: the same in Spring WebFlux;
 *   <li>{@link dev.errata.spring.boot.ErrataAutoConfiguration}: Spring Boot registers the catalogs and the
 *       resolver or handler.
 * </ul>
 */
package dev.errata.spring;
