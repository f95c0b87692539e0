/** The default preview-link issuer: HMAC-signed token URLs under a configurable base. */
package io.flowhex.application.preview;
