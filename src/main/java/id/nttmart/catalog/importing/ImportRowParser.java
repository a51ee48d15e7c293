package id.nttmart.catalog.importing;

import id.nttmart.catalog.Category;
import id.nttmart.catalog.Licence;
import id.nttmart.catalog.LicenceType;
import id.nttmart.catalog.Program;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one row of the catalogue import and turns it into a {@link ProductDraft}, or says everything that is
 * wrong with it in words an outlet clerk understands.
 */
final class ImportRowParser {

    static final List<String> COLUMNS = List.of("sku", "name_id", "name_en", "description_id", "description_en",
            "category", "program", "origin", "regency", "producer", "price_idr", "weight_g", "licences",
            "restricted", "stock");

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,12}");
    private static final long MAX_PRICE = 1_000_000_000L;
    private static final int MAX_WEIGHT = 1_000_000;
    private static final int MAX_STOCK = 1_000_000;

    private final Regions regions;
    private final Map<String, Category> categories;
    private final Map<Integer, Long> mainOutletByRegency;

    ImportRowParser(Regions regions, List<Category> categories) {
        this.regions = regions;
        this.categories = categories.stream().collect(Collectors.toMap(Category::code, Function.identity()));
        this.mainOutletByRegency = regions.outlets().stream()
                .filter(Outlet::mainOutlet)
                .collect(Collectors.toMap(Outlet::regencyId, Outlet::id));
    }

    /** The parsed draft, or the reasons the row is refused. */
    sealed interface Result permits Parsed, Refused {}

    record Parsed(ProductDraft draft) implements Result {}

    record Refused(List<String> reasons) implements Result {}

    Result parse(Function<String, String> field) {
        List<String> reasons = new ArrayList<>();
        String sku = field.apply("sku");
        if (!SKU.matcher(sku).matches()) {
            reasons.add("sku must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String nameId = text(field, "name_id", 200, true, reasons);
        String nameEn = text(field, "name_en", 200, true, reasons);
        String descriptionId = text(field, "description_id", 5000, false, reasons);
        String descriptionEn = text(field, "description_en", 5000, false, reasons);
        Category category = categories.get(field.apply("category").toLowerCase(Locale.ROOT));
        if (category == null) {
            reasons.add("category '" + field.apply("category") + "' is unknown; use one of "
                    + String.join(", ", categories.keySet().stream().sorted().toList()));
        }
        Program program = parseEnum(Program.class, field.apply("program"));
        if (program == null) {
            reasons.add("program must be OVOP, OSOP or OCOP");
        }
        String origin = text(field, "origin", 200, true, reasons);
        Optional<Regency> regency = regions.findByName(field.apply("regency"));
        if (regency.isEmpty()) {
            reasons.add("regency '" + field.apply("regency") + "' is not one of the 22 regencies of NTT");
        }
        String producer = text(field, "producer", 200, true, reasons);
        long price = wholeNumber(field.apply("price_idr"), "price_idr", 1, MAX_PRICE, reasons);
        long weight = wholeNumber(field.apply("weight_g"), "weight_g", 1, MAX_WEIGHT, reasons);
        List<Licence> licences = licences(field.apply("licences"), reasons);
        if (category != null && category.food() && licences.stream().noneMatch(l -> l.type().permitsFood())) {
            reasons.add("food and drink need a PIRT or BPOM licence");
        }
        String restricted = field.apply("restricted").toLowerCase(Locale.ROOT);
        if (!restricted.isEmpty() && !restricted.equals("none") && !restricted.equals("alcohol")) {
            reasons.add("restricted must be 'none' or 'alcohol'");
        }
        Map<Long, Integer> stock = stock(field.apply("stock"), reasons);
        if (!reasons.isEmpty()) {
            return new Refused(reasons);
        }
        return new Parsed(new ProductDraft(sku, nameId, nameEn, descriptionId, descriptionEn, category.code(),
                program, origin, regency.get().id(), producer, price, (int) weight, licences,
                restricted.equals("alcohol"), stock));
    }

    private static String text(Function<String, String> field, String column, int max, boolean required,
            List<String> reasons) {
        String value = field.apply(column);
        if (required && value.isEmpty()) {
            reasons.add(column + " is required");
        } else if (value.length() > max) {
            reasons.add(column + " is longer than " + max + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            reasons.add(column + " contains control characters");
        }
        return value;
    }

    private static long wholeNumber(String value, String column, long min, long max, List<String> reasons) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            reasons.add(column + " must be a whole number without separators (e.g. 150000), not '" + value + "'");
            return 0;
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            reasons.add(column + " must be between " + min + " and " + max);
        }
        return number;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Licence> licences(String value, List<String> reasons) {
        List<Licence> licences = new ArrayList<>();
        if (value.isBlank()) {
            return licences;
        }
        for (String pair : value.split(";")) {
            String[] parts = pair.split(":", 2);
            LicenceType type = parseEnum(LicenceType.class, parts[0]);
            if (type == null || parts.length < 2 || parts[1].isBlank() || parts[1].strip().length() > 80) {
                reasons.add("licence '" + pair.strip() + "' must be TYPE:NUMBER with TYPE one of PIRT, BPOM, SNI,"
                        + " HALAL");
                continue;
            }
            licences.add(new Licence(type, parts[1].strip(), null));
        }
        return licences;
    }

    private Map<Long, Integer> stock(String value, List<String> reasons) {
        Map<Long, Integer> stock = new LinkedHashMap<>();
        if (value.isBlank()) {
            return stock;
        }
        for (String pair : value.split("\\|")) {
            int colon = pair.lastIndexOf(':');
            String regencyName = colon < 0 ? pair : pair.substring(0, colon);
            String quantity = colon < 0 ? "" : pair.substring(colon + 1).strip();
            Optional<Regency> regency = regions.findByName(regencyName);
            if (regency.isEmpty()) {
                reasons.add("stock names '" + regencyName.strip() + "', which is not a regency of NTT");
                continue;
            }
            if (!WHOLE_NUMBER.matcher(quantity).matches() || Long.parseLong(quantity) > MAX_STOCK) {
                reasons.add("stock for " + regency.get().name() + " must be a whole number of units from 0 to "
                        + MAX_STOCK);
                continue;
            }
            long outlet = mainOutletByRegency.get(regency.get().id());
            if (stock.put(outlet, Integer.parseInt(quantity)) != null) {
                reasons.add("stock names " + regency.get().name() + " twice");
            }
        }
        return stock;
    }
}
