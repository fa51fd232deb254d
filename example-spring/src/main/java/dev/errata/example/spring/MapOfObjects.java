package dev.errata.example.spring;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;

/** A JSON object as Spring's clients read it. */
final class MapOfObjects {

    static final ParameterizedTypeReference<Map<String, Object>> TYPE = new ParameterizedTypeReference<>() {};

    private MapOfObjects() {}
}
