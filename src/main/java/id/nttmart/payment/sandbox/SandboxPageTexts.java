package id.nttmart.payment.sandbox;

import java.util.Map;

/** The hosted page's words in Indonesian and English (the page is rendered outside Vaadin and its bundles). */
final class SandboxPageTexts {

    private static final Map<String, String> INDONESIAN = Map.ofEntries(
            Map.entry("lang", "id"),
            Map.entry("title", "Pembayaran"),
            Map.entry("banner", "SANDBOX / uji coba — no real money · tanpa uang sungguhan"),
            Map.entry("order", "Pesanan"),
            Map.entry("total", "Total"),
            Map.entry("card_number", "Nomor kartu"),
            Map.entry("expiry", "Masa berlaku (BB/TT)"),
            Map.entry("cvc", "CVC"),
            Map.entry("pay", "Bayar"),
            Map.entry("cancel", "Batal dan kembali ke toko"),
            Map.entry("back", "Kembali ke toko"),
            Map.entry("hint", "Kartu uji: 4242 4242 4242 4242 berhasil; 4000 0000 0000 0002 dan"
                    + " 4000 0000 0000 9995 ditolak. Masa berlaku di masa depan, CVC 3 angka bebas."),
            Map.entry("generic_decline", "Kartu Anda ditolak. Coba kartu lain."),
            Map.entry("insufficient_funds", "Saldo kartu Anda tidak mencukupi. Coba kartu lain."),
            Map.entry("invalid_number", "Nomor kartu tidak valid."),
            Map.entry("invalid_expiry", "Masa berlaku tidak valid: tulis BB/TT, misalnya 12/30."),
            Map.entry("expired_card", "Masa berlaku kartu sudah lewat."),
            Map.entry("invalid_cvc", "CVC tidak valid: 3 atau 4 angka."),
            Map.entry("page_expired", "Halaman pembayaran ini sudah kedaluwarsa dan tidak dapat dibayar lagi."),
            Map.entry("already_paid", "Pesanan ini sudah dibayar. Tidak ada tagihan baru."),
            Map.entry("not_found", "Halaman pembayaran tidak ditemukan."));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("lang", "en"),
            Map.entry("title", "Payment"),
            Map.entry("banner", "SANDBOX / uji coba — no real money moves"),
            Map.entry("order", "Order"),
            Map.entry("total", "Total"),
            Map.entry("card_number", "Card number"),
            Map.entry("expiry", "Expiry (MM/YY)"),
            Map.entry("cvc", "CVC"),
            Map.entry("pay", "Pay"),
            Map.entry("cancel", "Cancel and return to the shop"),
            Map.entry("back", "Back to the shop"),
            Map.entry("hint", "Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 and 4000 0000 0000 9995"
                    + " are declined. Any future expiry, any 3-digit CVC."),
            Map.entry("generic_decline", "Your card was declined. Please try another card."),
            Map.entry("insufficient_funds", "Your card has insufficient funds. Please try another card."),
            Map.entry("invalid_number", "The card number is invalid."),
            Map.entry("invalid_expiry", "The expiry date is invalid: write MM/YY, for example 12/30."),
            Map.entry("expired_card", "The card's expiry date has passed."),
            Map.entry("invalid_cvc", "The CVC is invalid: 3 or 4 digits."),
            Map.entry("page_expired", "This payment page has expired and can no longer be paid."),
            Map.entry("already_paid", "This order has already been paid. Nothing more was charged."),
            Map.entry("not_found", "Payment page not found."));

    private SandboxPageTexts() {}

    /** Indonesian unless the session asks for English ({@code en}) or, on {@code auto}, the browser prefers it. */
    static Map<String, String> of(String locale, String acceptLanguage) {
        if (locale.startsWith("en")) {
            return ENGLISH;
        }
        if (locale.startsWith("id")) {
            return INDONESIAN;
        }
        String preferred = acceptLanguage.strip().toLowerCase(java.util.Locale.ROOT);
        return preferred.startsWith("en") ? ENGLISH : INDONESIAN;
    }
}
