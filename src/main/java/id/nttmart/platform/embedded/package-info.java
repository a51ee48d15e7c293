/** The embedded PostgreSQL and Elasticsearch that the embedded default and the tests run. */
@NamedInterface("embedded")
@NullMarked
package id.nttmart.platform.embedded;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
