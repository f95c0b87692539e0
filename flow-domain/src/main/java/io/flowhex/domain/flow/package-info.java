/** Domain model of a WhatsApp Flow as CAMS exposes it: identity, naming, lifecycle, categories and preview. */
package io.flowhex.domain.flow;
