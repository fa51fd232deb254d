/**
 * Errata for the JDK's {@code java.net.http.HttpClient}: {@link dev.errata.httpclient.ErrataBodyHandlers} yields
 * a successful response's body or fails with the catalog's exception, {@link dev.errata.httpclient.ErrataHttp}
 * sends with it and gives that exception to the caller as itself. Generic over {@link dev.errata.ErrorCodec}: one
 * adapter for every catalog.
 */
package dev.errata.httpclient;
