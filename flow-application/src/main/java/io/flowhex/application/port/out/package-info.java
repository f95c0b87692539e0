/** Driven ports: the stores, clocks-of-record and issuers the use cases need, named by capability. */
package io.flowhex.application.port.out;
