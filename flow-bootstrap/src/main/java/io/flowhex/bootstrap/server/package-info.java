/** The composition root: settings in, a running server out; and its orderly stop. */
package io.flowhex.bootstrap.server;
