package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.spring.boot.ErrataProperties;
import dev.errata.spring.server.BodyFormat;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The hand-written property metadata (what IDEs complete in application.properties) names exactly the
 * properties {@link ErrataProperties} binds.
 */
class PropertiesMetadataTest {

    @Test
    void theMetadataNamesEveryPropertyThatBinds() throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                names.add(property.path("name").asText());
            }
        }
        assertThat(names).containsExactly("errata.enabled", "errata.server.enabled", "errata.server.body",
                "errata.server.order");

        Map<String, String> values = Map.of("errata.enabled", "false", "errata.server.enabled", "false",
                "errata.server.body", "problem", "errata.server.order", "7");
        ErrataProperties bound = new Binder(new MapConfigurationPropertySource(values))
                .bind("errata", ErrataProperties.class).get();
        assertThat(bound.isEnabled()).isFalse();
        assertThat(bound.getServer().isEnabled()).isFalse();
        assertThat(bound.getServer().getBody()).isEqualTo(BodyFormat.PROBLEM);
        assertThat(bound.getServer().getOrder()).isEqualTo(7);
    }
}
