package dev.errata.spring.boot;

import dev.errata.spring.server.BodyFormat;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Errata's Spring Boot properties, under {@code errata}. */
@ConfigurationProperties(prefix = "errata")
public class ErrataProperties {

    /** Whether Errata's auto-configuration is on at all. */
    private boolean enabled = true;

    private final Server server = new Server();

    /** {@return whether Errata's auto-configuration is on} */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether Errata's auto-configuration is on */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return the server side's properties} */
    public Server getServer() {
        return server;
    }

    /** How a Spring MVC application answers the catalogs' exceptions, under {@code errata.server}. */
    public static class Server {

        /** Whether the catalogs' exceptions are rendered by Errata's exception resolver. */
        private boolean enabled = true;

        /** Which body to answer with: negotiate (by Accept), vendor, or problem. */
        private BodyFormat body = BodyFormat.NEGOTIATE;

        /**
         * The order of the resolver among the application's exception resolvers (default 1; Spring MVC's own are
         * 0), or of the WebFlux handler among its exception handlers (default -2; Spring Boot's is -1).
         */
        private Integer order;

        /** {@return whether the resolver is installed} */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the resolver is installed */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return which body to answer with} */
        public BodyFormat getBody() {
            return body;
        }

        /** @param body which body to answer with */
        public void setBody(BodyFormat body) {
            this.body = body;
        }

        /** {@return the resolver's or handler's order, or null for its default} */
        public Integer getOrder() {
            return order;
        }

        /** @param order the resolver's or handler's order, or null for its default */
        public void setOrder(Integer order) {
            this.order = order;
        }
    }
}
