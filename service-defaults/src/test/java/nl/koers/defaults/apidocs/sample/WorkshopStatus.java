package nl.koers.defaults.apidocs.sample;

enum WorkshopStatus {
    PLANNED, OPEN, CANCELLED
}
