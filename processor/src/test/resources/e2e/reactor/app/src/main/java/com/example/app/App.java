package com.example.app;

import com.example.errors.ShopError;

/** Code in another module that uses the generated enum. */
public final class App {

    private App() {}

    public static ShopError whenEmpty() {
        return ShopError.OUT_OF_STOCK;
    }
}
