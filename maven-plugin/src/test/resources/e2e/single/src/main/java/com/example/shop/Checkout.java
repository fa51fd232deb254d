package com.example.shop;

/** Hand-written code that uses the generated enum, so the module only compiles once the catalog was processed. */
public final class Checkout {

    private Checkout() {}

    public static ShopError whenEmpty() {
        return ShopError.OUT_OF_STOCK;
    }
}
