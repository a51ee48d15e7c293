/**
 * The civil servants' (ASN) purchase programme: agencies (OPD) and their rosters, a buyer's claim to a NIP, the
 * month's purchases against the Rp100.000 obligation (online orders kept by database triggers in the ordering
 * transaction, and counter sales staff record), and each agency head's view of their own agency. Other modules may
 * use {@link id.nttmart.asn.AsnCompliance#agencies(java.time.YearMonth)} for per-agency compliance counts.
 */
@NullMarked
package id.nttmart.asn;

import org.jspecify.annotations.NullMarked;
