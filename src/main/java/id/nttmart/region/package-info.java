/** The 22 regencies and cities of NTT, their islands and the NTT Mart outlets. */
@NullMarked
package id.nttmart.region;

import org.jspecify.annotations.NullMarked;
