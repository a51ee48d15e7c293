/**
 * Dekranasda curation: the review of products outlet staff submit (approve, reject, ask for changes), the licence
 * check and the job that delists products whose food licence expired, restricted goods, product editing, and
 * featured collections for the storefront's home and regency pages. Every change is scoped by
 * {@code security.BackOfficeAccess} and audited; views in {@code curation.ui}.
 */
@NullMarked
package id.nttmart.curation;

import org.jspecify.annotations.NullMarked;
