/** The runnable server: configuration, fixture import, logging and graceful shutdown around the library. */
package io.flowhex.bootstrap;
