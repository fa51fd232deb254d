package com.example.app;

import com.example.errors.ShopError;

/** Uses the code generated in another module. */
public final class App {

    private App() {}

    public static ShopError first() {
        return ShopError.OUT_OF_STOCK;
    }
}
