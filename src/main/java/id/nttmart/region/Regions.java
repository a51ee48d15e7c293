package id.nttmart.region;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The regencies of NTT and their outlets. Regencies are fixed reference data (a migration holds them), so they
 * are read once; outlets are read when asked, as administrators may add some.
 */
@Service
public class Regions {

    private final JdbcClient jdbc;
    private volatile List<Regency> regencies;
    private volatile Map<String, Regency> regenciesByKey;
    private volatile CachedOutlets cachedOutlets;

    /** Outlets change rarely (an administrator adds one); every checkout reads them. */
    private record CachedOutlets(List<Outlet> outlets, long readAtNanos) {}

    private static final long OUTLET_CACHE_NANOS = 60_000_000_000L;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Regency> regencies() {
        List<Regency> loaded = regencies;
        if (loaded == null) {
            loaded = jdbc.sql("select id, slug, name, seat, island, latitude, longitude from regency order by id")
                    .query((rs, n) -> new Regency(rs.getInt("id"), rs.getString("slug"), rs.getString("name"),
                            rs.getString("seat"), rs.getString("island"), rs.getDouble("latitude"),
                            rs.getDouble("longitude")))
                    .list();
            regencies = loaded;
        }
        return loaded;
    }

    public Regency regency(int id) {
        return regencies().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No regency " + id));
    }

    /**
     * Finds a regency by the name people write: "Manggarai Barat", "manggarai barat", "Kabupaten Sikka",
     * "Kota Kupang", or its slug.
     */
    public Optional<Regency> findByName(String name) {
        String key = key(name);
        if (key.startsWith("kabupaten ")) {
            key = key.substring("kabupaten ".length());
        } else if (key.startsWith("kab. ")) {
            key = key.substring("kab. ".length());
        }
        return Optional.ofNullable(byKey().get(key));
    }

    private Map<String, Regency> byKey() {
        Map<String, Regency> map = regenciesByKey;
        if (map == null) {
            map = regencies().stream().collect(Collectors.toMap(r -> key(r.name()), Function.identity()));
            for (Regency r : regencies()) {
                map.putIfAbsent(key(r.slug().replace('-', ' ')), r);
            }
            regenciesByKey = map;
        }
        return map;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** The outlets, read at most once a minute per instance. */
    public List<Outlet> outlets() {
        CachedOutlets cached = cachedOutlets;
        if (cached == null || System.nanoTime() - cached.readAtNanos() > OUTLET_CACHE_NANOS) {
            cached = new CachedOutlets(List.copyOf(readOutlets()), System.nanoTime());
            cachedOutlets = cached;
        }
        return cached.outlets();
    }

    /** The next read sees an administrator's change at once (on this instance; others within the minute). */
    public void forgetOutlets() {
        cachedOutlets = null;
    }

    private List<Outlet> readOutlets() {
        return jdbc.sql("""
                        select id, code, name, regency_id, main_outlet, address, latitude, longitude, opening_hours
                        from outlet order by regency_id, main_outlet desc, code""")
                .query((rs, n) -> new Outlet(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("regency_id"), rs.getBoolean("main_outlet"), rs.getString("address"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("opening_hours")))
                .list();
    }

    /** The outlet with this code, as people type it (any case, surrounding spaces). */
    public Optional<Outlet> outletByCode(String code) {
        String wanted = code.strip();
        return outlets().stream().filter(o -> o.code().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The regency's main outlet, where the catalogue import puts the stock it names by regency. */
    public Outlet mainOutlet(int regencyId) {
        return outlets().stream()
                .filter(o -> o.regencyId() == regencyId && o.mainOutlet())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Regency " + regencyId + " has no main outlet"));
    }
}
