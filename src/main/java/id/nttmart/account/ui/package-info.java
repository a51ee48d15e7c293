/** The pages of accounts: /daftar, /lupa-sandi, /atur-sandi and /akun. */
@NullMarked
package id.nttmart.account.ui;

import org.jspecify.annotations.NullMarked;
