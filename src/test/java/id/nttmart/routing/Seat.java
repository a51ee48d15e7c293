package id.nttmart.routing;

import java.util.HashMap;
import java.util.Map;

/** The seats of NTT's 22 regencies (see DOMAIN.md), so routing tests read like the map they are about. */
enum Seat {
    KUPANG("Timor", -10.17, 123.61),
    OELAMASI("Timor", -10.05, 123.87),
    SOE("Timor", -9.86, 124.28),
    KEFAMENANU("Timor", -9.45, 124.48),
    ATAMBUA("Timor", -9.11, 124.89),
    BETUN("Timor", -9.58, 124.90),
    KALABAHI("Alor", -8.22, 124.52),
    LEWOLEBA("Lembata", -8.37, 123.41),
    LARANTUKA("Flores", -8.34, 122.98),
    MAUMERE("Flores", -8.62, 122.21),
    ENDE("Flores", -8.84, 121.66),
    MBAY("Flores", -8.53, 121.33),
    BAJAWA("Flores", -8.79, 120.97),
    BORONG("Flores", -8.82, 120.63),
    RUTENG("Flores", -8.61, 120.46),
    LABUAN_BAJO("Flores", -8.49, 119.88),
    WAINGAPU("Sumba", -9.66, 120.26),
    WAIBAKUL("Sumba", -9.62, 119.55),
    WAIKABUBAK("Sumba", -9.64, 119.41),
    TAMBOLAKA("Sumba", -9.43, 119.24),
    BAA("Rote", -10.73, 123.06),
    SEBA("Sabu", -10.49, 121.84);

    final String island;
    final double latitude;
    final double longitude;

    Seat(String island, double latitude, double longitude) {
        this.island = island;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    Destination.Delivery delivery() {
        return new Destination.Delivery(island, latitude, longitude);
    }

    /** An outlet here; stock given as product id, units, product id, units... */
    OutletStock outlet(long id, String code, long... productUnits) {
        Map<Long, Integer> stock = new HashMap<>();
        for (int i = 0; i < productUnits.length; i += 2) {
            stock.put(productUnits[i], Math.toIntExact(productUnits[i + 1]));
        }
        return new OutletStock(id, code, island, latitude, longitude, stock);
    }

    double kmTo(Seat other) {
        return GreatCircle.km(latitude, longitude, other.latitude, other.longitude);
    }
}
