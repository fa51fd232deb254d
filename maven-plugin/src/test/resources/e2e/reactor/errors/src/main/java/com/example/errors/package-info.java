@ErrorCatalog("classpath:catalogs/shop.yaml")
package com.example.errors;

import dev.errata.ErrorCatalog;
