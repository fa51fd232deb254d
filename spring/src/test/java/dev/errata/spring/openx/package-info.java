/** OpenX, the seed catalog of 4xx bodies with nested field errors: compiled here from the errata-catalogs jar. */
@ErrorCatalog("classpath:errata/catalogs/openx-platform.yaml")
package dev.errata.spring.openx;

import dev.errata.ErrorCatalog;
