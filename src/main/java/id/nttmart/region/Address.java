package id.nttmart.region;

import org.jspecify.annotations.Nullable;

/**
 * A delivery address. In Indonesia: street, village (desa/kelurahan), district (kecamatan), regency or city
 * (kabupaten/kota), province and a five-digit postal code; abroad, the same fields loosely (district and village may
 * be empty) with the country's ISO 3166 code. Checking the fields is the checkout's business, not this record's.
 */
public record Address(
        String recipient,
        String phone,
        String street,
        @Nullable String village,
        @Nullable String district,
        String city,
        @Nullable String province,
        String postalCode,
        String country) {

    public static final String INDONESIA = "ID";
    public static final String NTT = "Nusa Tenggara Timur";

    public boolean inIndonesia() {
        return INDONESIA.equalsIgnoreCase(country);
    }

    /** One line per part, for a packing slip, an email or the tracking page. */
    public String formatted() {
        var text = new StringBuilder(recipient).append('\n').append(street);
        if (village != null && !village.isBlank()) {
            text.append(", ").append(village);
        }
        if (district != null && !district.isBlank()) {
            text.append(", Kec. ").append(district);
        }
        text.append('\n').append(city);
        if (province != null && !province.isBlank()) {
            text.append(", ").append(province);
        }
        text.append(' ').append(postalCode);
        if (!inIndonesia()) {
            text.append('\n').append(country.toUpperCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }
}
