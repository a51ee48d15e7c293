package id.nttmart.ordering;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /pesanan/{number}/bayar?token=}: the order's pay link, in the API answer, on the tracking page and in
 * mails. It sends the buyer to the gateway's page (opening one if none is open), or back to the tracking page when
 * the order is paid, cancelled or lapsed meanwhile.
 */
@RestController
class PayLinkController {

    private final Orders orders;

    PayLinkController(Orders orders) {
        this.orders = orders;
    }

    @GetMapping("/pesanan/{number}/bayar")
    ResponseEntity<String> pay(@PathVariable String number, @RequestParam(defaultValue = "") String token) {
        return switch (orders.pay(number, token)) {
            case Orders.PayResult.Pay pay -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header("Location", pay.url()).build();
            case Orders.PayResult.NotPayable notPayable -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header("Location", Links.tracking(number, token)).build();
            case Orders.PayResult.GatewayUnavailable unavailable -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "30").contentType(MediaType.TEXT_HTML)
                    .body(page("Pembayaran sedang tidak tersedia / Payment briefly unavailable",
                            "Layanan pembayaran belum bisa dihubungi. Stok pesanan Anda tetap disimpan; coba lagi"
                                    + " sebentar lagi. / The payment service cannot be reached just now. Your order's"
                                    + " stock stays held; please try again shortly.",
                            Links.payment(number, token)));
            case Orders.PayResult.NotFound missing -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_HTML)
                    .body(page("Pesanan tidak ditemukan / Order not found",
                            "Tautan ini tidak cocok dengan pesanan mana pun. / This link matches no order.", "/"));
        };
    }

    private static String page(String title, String text, String link) {
        return "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem\"><h1>" + title
                + "</h1><p>" + text + "</p><p><a href=\"" + link.replace("&", "&amp;").replace("\"", "&quot;")
                + "\">Coba lagi / Try again</a></p></body></html>";
    }
}
