/** OMA, the seed catalog whose errors arrive inside HTTP 200: compiled here from the errata-catalogs jar. */
@ErrorCatalog("classpath:errata/catalogs/opensrs-oma.yaml")
package dev.errata.spring.oma;

import dev.errata.ErrorCatalog;
