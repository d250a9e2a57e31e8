package io.eventwire.extract.reference;

import java.time.LocalDate;

/** A leader and the term of the office held, from the leaders reference file. */
public record Leader(String iso3, String office, boolean primary, String surname, LocalDate from, LocalDate to) {

    /** True when the leader held the office on {@code d} (an unknown date accepts every term). */
    public boolean inOffice(LocalDate d) {
        if (d == null) {
            return to == null;
        }
        return !d.isBefore(from) && (to == null || d.isBefore(to.plusDays(1)));
    }
}
