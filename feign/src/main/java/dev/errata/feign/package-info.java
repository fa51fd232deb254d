/**
 * Errata for OpenFeign: {@link dev.errata.feign.ErrataErrorDecoder} for error statuses (retryable errors as
 * {@code feign.RetryableException} with {@code Retry-After}), {@link dev.errata.feign.ErrataDecoder} for errors
 * inside 2xx, {@link dev.errata.feign.ErrataResponseInterceptor} to throw those as themselves. Generic over
 * {@link dev.errata.ErrorCodec}: one adapter for every catalog.
 */
package dev.errata.feign;
