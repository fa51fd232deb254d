@ErrorCatalog("catalogs/shop.yaml")
package com.example.shop;

import dev.errata.ErrorCatalog;
