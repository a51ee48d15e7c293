package id.nttmart.payment.stripe;

/** Stripe counts IDR in hundredths: Rp150.000 travels as {@code 15000000}. Conversions are exact or fail. */
public final class IdrAmount {

    private IdrAmount() {}

    public static long toHundredths(long rupiah) {
        return Math.multiplyExact(rupiah, 100L);
    }

    /** @throws ArithmeticException when the amount holds a fraction of a rupiah */
    public static long toRupiah(long hundredths) {
        if (hundredths % 100 != 0) {
            throw new ArithmeticException("IDR amount " + hundredths + " is not whole rupiah");
        }
        return hundredths / 100;
    }
}
