package nl.koers.defaults.apidocs;

import org.springframework.boot.info.BuildProperties;

/**
 * The facts both contract documents of a service open with: which service, its title and description, the
 * version of the build it runs (from {@code META-INF/build-info.properties}, which the spring-boot-maven-plugin's
 * {@code build-info} goal writes) and whom to ask. One place, so the OpenAPI and AsyncAPI documents agree.
 */
record ContractInfo(String application, String title, String description, String version,
                    ApiProperties.Contact contact) {

    /** The version when no build information is packaged, as when running from an IDE or in a test. */
    static final String UNBUILT_VERSION = "0.0.0-dev";
    static final String LICENCE_NAME = "EUPL-1.2";
    static final String LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12";

    static ContractInfo of(String application, ApiProperties properties, BuildProperties build) {
        String title = blank(properties.title()) ? application + " API" : properties.title().strip();
        String description = blank(properties.description())
                ? "The HTTP API of " + application + "." : properties.description().strip();
        String version = build == null || blank(build.getVersion()) ? UNBUILT_VERSION : build.getVersion();
        return new ContractInfo(application, title, description, version, properties.contact());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
