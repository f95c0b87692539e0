/** The innermost ring: flows, accounts, principals and RAM policies, in plain Java with no dependencies. */
package io.flowhex.domain;
