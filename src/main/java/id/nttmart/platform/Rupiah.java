package id.nttmart.platform;

/** Rupiah have no minor unit in practice: amounts are whole rupiah, written {@code Rp150.000}. */
public final class Rupiah {

    private Rupiah() {}

    public static String format(long rupiah) {
        String digits = Long.toString(Math.abs(rupiah));
        var grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (rupiah < 0 ? "-Rp" : "Rp") + grouped;
    }
}
