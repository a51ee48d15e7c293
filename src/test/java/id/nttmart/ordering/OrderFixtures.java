package id.nttmart.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.support.Csv;
import id.nttmart.support.ShopClient;
import java.util.UUID;

/** Products with known stock for order tests, imported as an administrator would, and order requests as JSON. */
final class OrderFixtures {

    private final ShopClient shop;

    OrderFixtures(ShopClient shop) {
        this.shop = shop;
    }

    /** A tenun cloth of Rp{price}, 700 g, with stock such as "Sikka:3|Kota Kupang:2"; returns its SKU. */
    String cloth(long price, String stock) {
        return product("tenun", price, 700, "", "none", stock);
    }

    /** A bottle of sopi (alcohol, 1.2 kg) with the given stock. */
    String sopi(String stock) {
        return product("minuman", 120000, 1200, "PIRT:2065301010123-25", "alcohol", stock);
    }

    private String product(String category, long price, int grams, String licences, String restricted,
            String stock) {
        String sku = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        var report = shop.importCsvAsAdmin(Csv.of(sku + ",Produk Uji " + sku + ",Test product " + sku + ",,,"
                + category + ",OVOP,Desa Uji,Sikka,UMKM Uji," + price + "," + grams + "," + licences + ","
                + restricted + "," + stock)).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
        return sku;
    }

    static String lines(Object... skuAndQty) {
        var json = new StringBuilder("[");
        for (int i = 0; i < skuAndQty.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skuAndQty[i]).append("\",\"qty\":")
                    .append(skuAndQty[i + 1]).append('}');
        }
        return json.append(']').toString();
    }

    static String buyer() {
        return "{\"name\":\"Maria Goreti\",\"email\":\"maria@example.com\",\"phone\":\"081234567890\"}";
    }

    static String shipTo(String regency) {
        return "{\"type\":\"ship\",\"address\":{\"street\":\"Jl. El Tari No. 5\",\"district\":\"Oebobo\","
                + "\"regency\":\"" + regency + "\",\"postal_code\":\"85111\"}}";
    }

    static String shipAbroad() {
        return "{\"type\":\"ship\",\"address\":{\"recipient\":\"Jane Doe\",\"phone\":\"+61412345678\","
                + "\"street\":\"1 George St\",\"city\":\"Sydney\",\"province\":\"NSW\",\"postal_code\":\"2000\","
                + "\"country\":\"AU\"}}";
    }

    static String pickup(String outlet) {
        return "{\"type\":\"pickup\",\"outlet\":\"" + outlet + "\"}";
    }

    static String order(String lines, String delivery) {
        return order(lines, delivery, false);
    }

    static String order(String lines, String delivery, boolean ageConfirmed) {
        return "{\"lines\":" + lines + ",\"delivery\":" + delivery + ",\"buyer\":" + buyer() + ",\"ageConfirmed\":"
                + ageConfirmed + ",\"lang\":\"en\"}";
    }
}
