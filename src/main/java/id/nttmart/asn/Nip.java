package id.nttmart.asn;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A civil servant's 18-digit NIP: birth date (yyyymmdd), appointment month (yyyymm), sex (1 man, 2 woman) and a
 * 3-digit sequence (not 000). The appointment lies at least 17 years after the birth and not in the future.
 */
public final class Nip {

    /** Youngest age at appointment the check accepts. */
    static final int MIN_AGE = 17;

    private Nip() {}

    /** Why a NIP is not valid; each names its message key ({@code asn.nip.<name>}). */
    public enum Problem {
        LENGTH, BIRTH_DATE, APPOINTMENT, TOO_YOUNG, SEX, SEQUENCE;

        public String key() {
            return "asn.nip." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Spaces and dots people type between the groups are dropped. */
    public static String normalise(String raw) {
        return raw.replaceAll("[\\s.]", "");
    }

    /** The first problem of the NIP (already normalised), or empty when it is valid; {@code today} bounds dates. */
    public static Optional<Problem> check(String nip, LocalDate today) {
        if (!nip.matches("[0-9]{18}")) {
            return Optional.of(Problem.LENGTH);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(num(nip, 0, 4), num(nip, 4, 6), num(nip, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(num(nip, 8, 12), num(nip, 12, 14));
        } catch (DateTimeException e) {
            return Optional.of(Problem.APPOINTMENT);
        }
        if (appointed.isAfter(YearMonth.from(today))) {
            return Optional.of(Problem.APPOINTMENT);
        }
        if (appointed.isBefore(YearMonth.from(birth.plusYears(MIN_AGE)))) {
            return Optional.of(Problem.TOO_YOUNG);
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of(Problem.SEX);
        }
        if (nip.endsWith("000")) {
            return Optional.of(Problem.SEQUENCE);
        }
        return Optional.empty();
    }

    public static boolean valid(String nip, LocalDate today) {
        return check(nip, today).isEmpty();
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
