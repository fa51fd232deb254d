@ErrorCatalog("catalogs/local.yaml")
package com.example.local;

import dev.errata.ErrorCatalog;
