package id.nttmart.catalog.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generates a demo catalogue in the import CSV format from the product templates and origins in
 * {@code /demo/product-types.csv} and {@code /demo/origins.csv}. Pure JDK; deterministic for a given count and seed.
 */
public final class CatalogueGenerator {

    static final String HEADER = "sku,name_id,name_en,description_id,description_en,category,program,origin,"
            + "regency,producer,price_idr,weight_g,licences,restricted,stock";

    /** name, SKU code, BPS code, island, relative share of products. */
    private static final String[][] REGENCIES = """
            Kota Kupang,KPG,5371,Timor,1.6;Kupang,KUP,5303,Timor,1.0;Timor Tengah Selatan,TTS,5304,Timor,1.0;\
            Timor Tengah Utara,TTU,5305,Timor,0.9;Belu,BLU,5306,Timor,0.9;Malaka,MLK,5321,Timor,0.85;\
            Alor,ALR,5307,Alor,1.0;Lembata,LBT,5308,Lembata,0.9;Flores Timur,FLT,5309,Flores,1.3;\
            Sikka,SKA,5310,Flores,1.2;Ende,END,5311,Flores,1.0;Nagekeo,NGK,5318,Flores,0.85;Ngada,NGD,5312,Flores,1.1;\
            Manggarai Timur,MTM,5319,Flores,1.0;Manggarai,MGR,5313,Flores,1.1;Manggarai Barat,MBR,5315,Flores,1.3;\
            Sumba Timur,STM,5302,Sumba,1.1;Sumba Tengah,STG,5316,Sumba,0.85;Sumba Barat,SBR,5301,Sumba,0.9;\
            Sumba Barat Daya,SBD,5317,Sumba,0.9;Rote Ndao,RTN,5314,Rote,1.0;Sabu Raijua,SRJ,5320,Sabu,0.85"""
            .lines().flatMap(line -> Arrays.stream(line.split(";"))).map(r -> r.split(",")).toArray(String[][]::new);
    private static final List<String> NAMES = Arrays.stream(REGENCIES).map(r -> r[0]).toList();
    private static final List<String> PROGRAMS = List.of("OVOP", "OSOP", "OCOP");
    private static final double[] PROGRAM_SHARE = {0.58, 0.16, 0.26};
    /** Origin kind by program index (village, school, community), then the kind of OVOP producers. */
    private static final List<String> KINDS = List.of("village", "school", "community", "producer");
    private static final List<String> CATEGORIES = List.of("tenun", "kopi", "madu", "pangan", "camilan", "rempah",
            "minuman", "kerajinan", "aksesoris", "perawatan", "buku");
    private static final Set<String> FOOD = Set.of("kopi", "madu", "pangan", "camilan", "rempah", "minuman");
    private static final Map<String, Double> BOOST = Map.of("tenun", 1.6, "kopi", 1.4, "madu", 1.3, "buku", 2.0);
    private static final List<String> LICENCE_TYPES = List.of("PIRT", "BPOM", "SNI", "HALAL");
    /** Words that say nothing about what a group or business makes. */
    private static final Set<String> STOP = Set.of("kelompok", "umkm", "desa", "kelurahan", "negeri", "jaya", "indah",
            "lestari", "mandiri", "asli", "sejahtera", "dari", "yang", "dengan", "oleh", "untuk", "atau", "khas",
            "kota", "kupang", "timor", "flores", "sumba", "tengah", "selatan", "utara", "barat", "timur", "daya",
            "wanita", "perempuan", "mama", "ibu-ibu", "origin", "regency", "kabupaten", "alor", "rote");
    /** Words that mark a community as specialised in some product; the others can make anything. */
    private static final Set<String> SPECIALISED = Set.of("tenun", "penenun", "tais", "kopi", "madu", "lebah",
            "nelayan", "garam", "lontar", "mete", "kenari", "kemiri", "rumput", "pengukir", "sasando", "peternak",
            "kelor", "tani", "petambak", "penyadap", "pemanen");
    private static final String[] BUSINESS_SUFFIXES = {"Mandiri", "Jaya", "Sejahtera", "Lestari", "Berkah", "Maju"};

    /** Name variations by category or type code ("colour" is added to tenun): Indonesian|English;... */
    private static final Map<String, String[]> VARIANTS = """
            tenun=Motif Kuda|Horse Motif;Motif Mawar|Rose Motif;Motif Kupu-kupu|Butterfly Motif;Motif Buaya|Crocodile \
            Motif;Motif Belah Ketupat|Diamond Motif;Motif Bintang|Star Motif;Motif Ayam Jantan|Rooster Motif;Motif \
            Udang|Prawn Motif;Motif Perahu|Boat Motif;Motif Daun Lontar|Lontar Leaf Motif;Motif Kait|Hook Motif
            colour=Merah Marun|Maroon;Biru Nila|Indigo Blue;Hitam|Black;Cokelat Tanah|Earth Brown;Merah Mengkudu|\
            Morinda Red;Kuning Kunyit|Turmeric Yellow;Hijau Lumut|Moss Green
            kopi=Sangrai Medium|Medium Roast;Sangrai Gelap|Dark Roast;Sangrai Terang|Light Roast;Proses Natural|\
            Natural Process;Proses Honey|Honey Process;Proses Semi-Washed|Semi-Washed;Panen Baru|New Harvest
            madu=Panen Kemarau|Dry-Season Harvest;Panen Awal Hujan|Early-Rain Harvest;Botol Kaca|Glass Bottle;\
            Mentah Tanpa Pemanasan|Raw, Unheated;Kemasan Oleh-oleh|Gift Pack
            pangan=Kemasan Standar|Standard Pack;Kemasan Hemat|Value Pack;Kemasan Oleh-oleh|Gift Pack;Produksi \
            Terbaru|Fresh Batch;Resep Keluarga|Family Recipe;Kualitas Super|Premium Grade
            camilan=Original|Original;Kemasan Toples|Jar;Kemasan Oleh-oleh|Gift Box;Kemasan Zip|Zip Pouch;\
            Edisi Hari Raya|Festive Edition;Produksi Terbaru|Fresh Batch
            rempah=Kualitas Super|Premium Grade;Kemasan Standar|Standard Pack;Kemasan Dapur|Kitchen Pack;Panen Baru|\
            New Harvest
            minuman=Kemasan Standar|Standard Pack;Edisi Oleh-oleh|Gift Edition;Produksi Terbatas|Small Batch
            kerajinan=Ukuran Kecil|Small;Ukuran Sedang|Medium;Ukuran Besar|Large;Warna Alami|Natural Colour
            aksesoris=Warna Merah|Red;Warna Biru Nila|Indigo;Warna Hitam|Black;Warna Cokelat|Brown;Edisi Kado|\
            Gift Edition
            perawatan=Aroma Sereh|Lemongrass;Aroma Pandan|Pandan;Aroma Cendana|Sandalwood;Tanpa Pewangi|Unscented
            buku=“Suara dari {regency}”|“Voices from {regency}”;“Laut yang Memanggil”|“The Sea That Calls”;\
            “Anak Lontar”|“Child of the Lontar Palm”;“Di Bawah Pohon Kenari”|“Under the Kenari Tree”;“Jejak di \
            Sabana”|“Footprints on the Savannah”;“Benang-Benang Ibu”|“Mother's Threads”;“Musim Jagung”|“Corn Season”
            BUK-RESEP={regency} Jilid 1|{regency} Volume 1;{regency} Jilid 2|{regency} Volume 2
            BUK-MOTIF-TENUN={regency} Jilid 1|{regency} Volume 1;{regency} Jilid 2|{regency} Volume 2
            """.lines().map(line -> line.split("=", 2)).collect(Collectors.toMap(e -> e[0], e -> e[1].split(";")));

    /** descriptions: Indonesian and English as made in a village (OVOP), then as made by a school or community. */
    private record Template(int index, String code, String nameId, String nameEn, String[] descriptions,
            String category, Set<Integer> programs, Set<Integer> regencies, long priceMin, long priceMax, int weight,
            List<String> licences, String restricted, Set<String> words) {

        boolean sells(int regency) {
            return regencies.isEmpty() || regencies.contains(regency);
        }
    }

    private final List<Template> templates = new ArrayList<>();
    private final String[][][] origins = new String[REGENCIES.length][KINDS.size()][];
    /** By regency and program: templates repeated in proportion to their weight. */
    private final Template[][][] pools = new Template[REGENCIES.length][PROGRAMS.size()][];
    /** By template and regency: the UMKM (for OVOP) and communities (OCOP) that fit the product best. */
    private final String[][][] makers;
    private final String[][][] communities;

    CatalogueGenerator(String productTypesCsv, String originsCsv) {
        CsvText.records(productTypesCsv).forEach(row -> templates.add(template(templates.size(), row)));
        Map<String, List<String>> byKind = new HashMap<>();
        for (Map<String, String> row : CsvText.records(originsCsv)) {
            check(NAMES.contains(row.get("regency")) && KINDS.contains(row.get("kind")), "bad origin " + row);
            byKind.computeIfAbsent(row.get("regency") + "/" + row.get("kind"), k -> new ArrayList<>())
                    .add(row.get("name"));
        }
        makers = new String[templates.size()][REGENCIES.length][];
        communities = new String[templates.size()][REGENCIES.length][];
        for (int r = 0; r < REGENCIES.length; r++) {
            for (int k = 0; k < KINDS.size(); k++) {
                List<String> names = byKind.getOrDefault(NAMES.get(r) + "/" + KINDS.get(k), List.of());
                check(!names.isEmpty(), NAMES.get(r) + " has no " + KINDS.get(k));
                origins[r][k] = names.toArray(String[]::new);
            }
            for (int p = 0; p < PROGRAMS.size(); p++) {
                pools[r][p] = pool(r, p);
            }
            String[] neutral = Arrays.stream(origins[r][2])
                    .filter(c -> words(c).stream().noneMatch(SPECIALISED::contains)).toArray(String[]::new);
            for (Template t : templates) {
                makers[t.index()][r] = bestFits(t, origins[r][3], new String[0]);
                communities[t.index()][r] = bestFits(t, origins[r][2], neutral.length > 0 ? neutral : origins[r][2]);
            }
        }
    }

    /** The generator over the templates and origins shipped in {@code /demo} on the classpath. */
    public static CatalogueGenerator fromClasspath() {
        return new CatalogueGenerator(resource("/demo/product-types.csv"), resource("/demo/origins.csv"));
    }

    private static String resource(String name) {
        try (InputStream in = CatalogueGenerator.class.getResourceAsStream(name)) {
            check(in != null, "missing classpath resource " + name);
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template template(int index, Map<String, String> row) {
        String code = row.get("type_code");
        String category = row.get("category");
        String joined = row.get("licences");
        List<String> licences = joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
        long min = Long.parseLong(row.get("price_min"));
        long max = Long.parseLong(row.get("price_max"));
        check(CATEGORIES.contains(category) && LICENCE_TYPES.containsAll(licences) && min > 0 && min <= max
                && (!FOOD.contains(category) || licences.contains("PIRT") || licences.contains("BPOM")),
                code + ": unknown category or licence, bad price range, or food without PIRT or BPOM");
        String id = row.get("description_id");
        String en = row.get("description_en");
        String[] descriptions = {
            id.replace("oleh {origin}", "oleh {producer} di {origin}")
                    .replace("kelompok {origin}", "{producer} di {origin}"),
            en.replace("by {origin}", "by {producer} in {origin}")
                    .replace("the {origin} group", "{producer} in {origin}"),
            id.replaceAll("(petani|warga|nelayan|mama-mama|penenun|pengrajin|pemahat|pemanjat madu|penyuling berizin di"
                    + "|keluarga di|kelompok) \\{origin}", "{origin}").replace(" di {origin}", " oleh {origin}"),
            en.replaceAll("((the )?(farmers|people|fishers|women|weavers|craftspeople|woodcarvers|honey climbers"
                    + "|families|women weavers) of|a licensed distiller in) \\{origin}", "{origin}")
                    .replace("the {origin} group", "{origin}").replace(" in {origin}", " by {origin}")};
        String where = row.get("regencies");
        return new Template(index, code, row.get("name_id"), row.get("name_en"), descriptions, category,
                indexes(code, row.get("programs"), PROGRAMS), where.equals("*") ? Set.of() : indexes(code, where, NAMES),
                min, max, Integer.parseInt(row.get("weight_g")), licences, row.get("restricted"),
                words(row.get("name_id") + " " + id));
    }

    private static Set<Integer> indexes(String code, String joined, List<String> names) {
        List<String> parts = List.of(joined.split("\\|"));
        check(names.containsAll(parts), code + ": unknown name in " + joined);
        return parts.stream().map(names::indexOf).collect(Collectors.toSet());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Demo catalogue data: " + message);
        }
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z'-]+"))
                .filter(word -> word.length() >= 4 && !STOP.contains(word)).collect(Collectors.toSet());
    }

    /** The candidates sharing most words with the template, or the fallback when none shares any. */
    private static String[] bestFits(Template t, String[] candidates, String[] fallback) {
        ToLongFunction<String> score = c -> words(c).stream().filter(t.words()::contains).count();
        long best = Arrays.stream(candidates).mapToLong(score).max().orElse(0);
        return best == 0 ? fallback
                : Arrays.stream(candidates).filter(c -> score.applyAsLong(c) == best).toArray(String[]::new);
    }

    /** Signature goods of few regencies weigh most where they belong; goods made everywhere weigh least. */
    private Template[] pool(int regency, int program) {
        List<Template> chosen = new ArrayList<>();
        for (Template t : templates) {
            double weight = 4 * BOOST.getOrDefault(t.category(), 1.0)
                    * (t.regencies().isEmpty() ? 1.0 : 10.0 / Math.sqrt(t.regencies().size()));
            for (long n = t.sells(regency) && t.programs().contains(program) ? Math.round(weight) : 0; n > 0; n--) {
                chosen.add(t);
            }
        }
        check(!chosen.isEmpty(), NAMES.get(regency) + " has no template for " + PROGRAMS.get(program));
        return chosen.toArray(Template[]::new);
    }

    /** A CSV document (header and {@code count} rows, LF line ends) in the catalogue import format. */
    public String generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] shares = Arrays.stream(REGENCIES).mapToDouble(r -> Double.parseDouble(r[4])).toArray();
        int[] regencyOf = slots(count, shares, rnd);
        int[] programOf = slots(count, PROGRAM_SHARE, rnd);
        StringBuilder out = new StringBuilder((count + 1) * 720).append(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            int regency = regencyOf[i];
            int program = programOf[i];
            Template t = pick(pools[regency][program], rnd);
            if (count >= 100 && i < CATEGORIES.size()) { // every category appears at least once
                String category = CATEGORIES.get(i);
                t = pick(templates.stream().filter(x -> x.category().equals(category)).toArray(Template[]::new), rnd);
                Integer[] where = t.regencies().stream().sorted().toArray(Integer[]::new);
                regency = t.sells(regency) ? regency : pick(where, rnd);
                Integer[] allowed = t.programs().stream().sorted().toArray(Integer[]::new);
                program = t.programs().contains(program) ? program : pick(allowed, rnd);
            }
            appendRow(out, i + 1, t, regency, program, rnd);
        }
        return out.toString();
    }

    /** Indexes in proportion to the weights (each share exact to within one), in random order. */
    private static int[] slots(int count, double[] weights, SplittableRandom rnd) {
        double total = Arrays.stream(weights).sum();
        int[] slots = new int[count];
        double reached = weights[0];
        for (int i = 0, w = 0; i < count; slots[i++] = w) {
            while (w < weights.length - 1 && (i + 0.5) * total / count > reached) {
                reached += weights[++w];
            }
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int swap = slots[i];
            slots[i] = slots[j];
            slots[j] = swap;
        }
        return slots;
    }

    private void appendRow(StringBuilder out, int number, Template t, int regency, int program, SplittableRandom rnd) {
        String region = NAMES.get(regency);
        String origin = pick(program == 2 ? communities[t.index()][regency] : origins[regency][program], rnd);
        String place = origin.replaceFirst("^(Desa|Kelurahan) ", "");
        String[] fits = makers[t.index()][regency];
        String producer = program != 0 ? origin : fits.length > 0 && rnd.nextInt(4) > 0 ? pick(fits, rnd)
                : "UMKM " + place + " " + pick(BUSINESS_SUFFIXES, rnd);
        String[] variant = variant(t, region, rnd);
        long price = t.priceMin() + Math.round(rnd.nextDouble() * (t.priceMax() - t.priceMin()) / 1000.0) * 1000;
        boolean handmade = t.category().equals("tenun") || t.category().equals("kerajinan");
        long weight = handmade ? Math.round(t.weight() * (0.9 + 0.2 * rnd.nextDouble()) / 10) * 10 : t.weight();
        String licences = t.licences().stream().map(type -> type + ":" + licenceNumber(type, t.category(), regency, rnd))
                .collect(Collectors.joining(";"));
        String[] text = Arrays.stream(t.descriptions(), program == 0 ? 0 : 2, program == 0 ? 2 : 4)
                .map(d -> d.replace("{regency}", region).replace("{origin}", origin).replace("{producer}", producer))
                .toArray(String[]::new);
        CsvText.appendRow(out, REGENCIES[regency][1] + "-" + t.category().substring(0, 3).toUpperCase(Locale.ROOT)
                + "-" + pad(number, 5), t.nameId() + " " + variant[0] + " (" + place + ")",
                t.nameEn() + " " + variant[1] + " (" + place + ")", text[0], text[1], t.category(),
                PROGRAMS.get(program), origin, region, producer, Long.toString(Math.min(t.priceMax(), price)),
                Long.toString(Math.max(1, weight)), licences, t.restricted(), stock(regency, rnd));
    }

    private static String[] variant(Template t, String regency, SplittableRandom rnd) {
        String[] v = pick(VARIANTS.getOrDefault(t.code(), VARIANTS.get(t.category())), rnd)
                .replace("{regency}", regency).split("\\|");
        if (!t.category().equals("tenun")) {
            return v;
        }
        String[] colour = pick(VARIANTS.get("colour"), rnd).split("\\|");
        return new String[] {v[0] + " " + colour[0], colour[1] + " " + v[1]};
    }

    private static String licenceNumber(String type, String category, int regency, SplittableRandom rnd) {
        String bps = REGENCIES[regency][2];
        return switch (type) {
            case "PIRT" -> (1 + rnd.nextInt(5)) + pad(1 + rnd.nextInt(15), 2) + bps + pad(1 + rnd.nextInt(20), 2)
                    + pad(rnd.nextInt(10_000), 4) + "-" + (26 + rnd.nextInt(5));
            case "BPOM" -> category.equals("perawatan") ? "NA18" + (20 + rnd.nextInt(6)) + pad(rnd.nextInt(9_999_999), 7)
                    : "MD " + (2 + rnd.nextInt(4)) + pad(rnd.nextLong(100_000_000_000L), 11);
            case "HALAL" -> "ID" + bps + "0000" + pad(rnd.nextInt(100_000), 5) + pad(1 + rnd.nextInt(12), 2)
                    + (23 + rnd.nextInt(3));
            default -> pad(rnd.nextLong(10_000_000_000L), 10);
        };
    }

    /** Own outlet plus up to two others, preferring Kupang, Labuan Bajo and the same island; 8 % sold out. */
    private static String stock(int regency, SplittableRandom rnd) {
        boolean soldOut = rnd.nextDouble() < 0.08;
        int[] near = IntStream.range(0, REGENCIES.length)
                .filter(o -> o != regency && REGENCIES[o][3].equals(REGENCIES[regency][3])).toArray();
        List<Integer> outlets = new ArrayList<>(List.of(regency));
        for (int k = rnd.nextInt(3); k > 0; k--) {
            double x = rnd.nextDouble();
            int other = x < 0.35 ? NAMES.indexOf("Kota Kupang") : x < 0.55 ? NAMES.indexOf("Manggarai Barat")
                    : x < 0.85 && near.length > 0 ? near[rnd.nextInt(near.length)] : rnd.nextInt(REGENCIES.length);
            if (!outlets.contains(other)) {
                outlets.add(other);
            }
        }
        return outlets.stream().map(o -> NAMES.get(o) + ":" + (soldOut ? 0 : o == regency ? 1 + rnd.nextInt(60)
                : rnd.nextInt(61))).collect(Collectors.joining("|"));
    }

    private static <T> T pick(T[] options, SplittableRandom rnd) {
        return options[rnd.nextInt(options.length)];
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Arguments: count (default 450), seed (default 2026), optional output file (else standard output). */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 450;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        byte[] csv = fromClasspath().generate(count, seed).getBytes(UTF_8);
        try (OutputStream out = args.length > 2 ? Files.newOutputStream(Path.of(args[2])) : System.out) {
            out.write(csv);
        }
    }
}
