package nl.koers.enrolment.participant;

/** The education sector a participant works in: primary, secondary, vocational, higher professional. */
public enum Sector {
    PO, VO, MBO, HBO
}
