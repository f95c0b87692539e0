/** The server's settings: flags, FLOWHEX_ environment variables, an optional properties file, defaults. */
package io.flowhex.bootstrap.config;
