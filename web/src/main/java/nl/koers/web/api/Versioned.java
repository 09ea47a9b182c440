package nl.koers.web.api;

/** A resource and the ETag it was read with, so a form can send it back as If-Match and never overwrite silently. */
public record Versioned<T>(T value, String etag) {
}
