/**
 * Stripe's shape (a nested error object, a category member, the Request-Id and Stripe-Should-Retry headers):
 * the example module's test catalog, which this module's build copies into its test resources.
 */
@ErrorCatalog("catalogs/stripe.yaml")
package dev.errata.spring.stripe;

import dev.errata.ErrorCatalog;
