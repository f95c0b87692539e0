/** Who is calling: the account's root identity, a RAM user, or an assumed-role session. */
package io.flowhex.domain.principal;
