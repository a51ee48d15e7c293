/** The curator console ({@code /kurasi}) and the outlet staff's product form ({@code /staf/produk-baru}). */
@NullMarked
package id.nttmart.curation.ui;

import org.jspecify.annotations.NullMarked;
