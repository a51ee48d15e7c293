package id.nttmart.ordering;

/**
 * Prices one parcel. The shop ships with a table (zone by weight, {@code delivery/rates.csv}); a courier's rate API
 * can take its place by providing another bean of this type.
 */
public interface ShippingRates {

    Rate rate(ShippingZone zone, int weightGrams);

    /** The charge for one parcel and the days it usually takes. */
    record Rate(long priceIdr, int minDays, int maxDays) {}
}
