/** Domain model of a CAMS tenant: the account, its spaces, and the AccessKeys that sign its calls. */
package io.flowhex.domain.account;
