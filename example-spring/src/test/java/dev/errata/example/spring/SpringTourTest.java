package dev.errata.example.spring;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spring tour runs (a real service on 127.0.0.1, real clients) and shows what the README promises. */
class SpringTourTest {

    private static String tour;

    @BeforeAll
    static void runTheTour() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SpringTour.print(out);
        }
        tour = bytes.toString(StandardCharsets.UTF_8);
    }

    private static String scene(int number) {
        int start = tour.indexOf("--- " + number + ".");
        int end = tour.indexOf("--- " + (number + 1) + ".");
        assertThat(start).isAtLeast(0);
        return end < 0 ? tour.substring(start) : tour.substring(start, end);
    }

    @Test
    void anErrorInside200IsOmasBodyOnTheWireAndTheSameExceptionInBothClients() {
        String scene = scene(1);
        assertThat(scene).contains("on the wire:  HTTP 200 application/json");
        assertThat(scene).contains("\"error_number\":1");
        assertThat(scene).contains("RestClient:   threw OmaInvalidCredentialsException (code 1, "
                + "Invalid credentials supplied in request.), HTTP 200");
        assertThat(scene).contains("WebClient:    threw OmaInvalidCredentialsException (code 1, ");
    }

    @Test
    void problemJsonWhenTheClientAsksAndTheSameExceptionBack() {
        String scene = scene(2);
        assertThat(scene).contains("on the wire:  HTTP 200 application/problem+json");
        assertThat(scene).contains("\"type\":");
        assertThat(scene).contains("RestClient:   threw OmaInvalidCredentialsException (code 1, ");
        assertThat(scene).contains("WebClient:    threw OmaInvalidCredentialsException (code 1, ");
    }

    @Test
    void retryAfterCrossesTheWireAndSurvivesBeingPassedOn() {
        for (String scene : new String[] {scene(3), scene(4)}) {
            assertThat(scene).contains("Retry-After: 20");
            assertThat(scene).contains("RestClient:   threw OmaTryAgainLaterException (code 20, Try again later), "
                    + "retry after 20 s");
            assertThat(scene).contains("WebClient:    threw OmaTryAgainLaterException (code 20, ");
        }
    }

    @Test
    void aSuccessIsReadAsUsual() {
        String scene = scene(5);
        assertThat(scene).contains("RestClient:   read {success=true, attributes={");
        assertThat(scene).contains("WebClient:    read {success=true, attributes={");
    }

    @Test
    void aProxysPageIsTheCatalogsFallbackWithItsStatus() {
        String scene = scene(6);
        assertThat(scene).contains("on the wire:  HTTP 502 text/html");
        assertThat(scene).containsMatch("RestClient:   threw Oma\\w+Exception \\(.*\\), HTTP 502");
    }
}
