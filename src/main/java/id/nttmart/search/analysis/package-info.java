/**
 * Stemming, synonyms and highlighting done in the application with Lucene's analyzers. A named interface: views
 * render the marked pieces of text ({@link id.nttmart.search.analysis.TextAnalysis.Segment}) that results carry.
 */
@NamedInterface("analysis")
@NullMarked
package id.nttmart.search.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
