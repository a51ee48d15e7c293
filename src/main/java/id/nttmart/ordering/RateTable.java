package id.nttmart.ordering;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The delivery rate table: per zone, the first kilogram and each further started kilogram. */
@Component
class RateTable implements ShippingRates {

    private record Row(long firstKg, long extraKg, int minDays, int maxDays) {}

    private final Map<ShippingZone, Row> rows = new EnumMap<>(ShippingZone.class);

    RateTable(@Value("${nttmart.delivery.rates:classpath:delivery/rates.csv}") Resource table) {
        var format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setTrim(true).get();
        try (var reader = new InputStreamReader(table.getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (CSVRecord row : parser) {
                rows.put(ShippingZone.valueOf(row.get("zone")), new Row(Long.parseLong(row.get("first_kg_idr")),
                        Long.parseLong(row.get("extra_kg_idr")), Integer.parseInt(row.get("min_days")),
                        Integer.parseInt(row.get("max_days"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the delivery rate table " + table, e);
        }
        for (ShippingZone zone : ShippingZone.values()) {
            if (!rows.containsKey(zone)) {
                throw new IllegalStateException("The delivery rate table " + table + " has no row for " + zone);
            }
        }
    }

    @Override
    public Rate rate(ShippingZone zone, int weightGrams) {
        Row row = rows.get(zone);
        int kilograms = Math.max(1, (weightGrams + 999) / 1000);
        return new Rate(row.firstKg() + row.extraKg() * (kilograms - 1), row.minDays(), row.maxDays());
    }
}
