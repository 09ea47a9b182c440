package nl.koers.defaults.apidocs.sample;

import io.swagger.v3.oas.annotations.media.Schema;

record HostView(@Schema(description = "The host's user id") String id, String displayName) {
}
