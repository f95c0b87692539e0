/** The command line: the server's entry point and the signing {@code call} client. */
package io.flowhex.bootstrap.cli;
