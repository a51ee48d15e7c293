/** Shared ground: the embedded default's switches, money formatting, start-up report. */
@NullMarked
package id.nttmart.platform;

import org.jspecify.annotations.NullMarked;
