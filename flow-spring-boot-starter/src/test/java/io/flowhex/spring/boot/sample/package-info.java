/** A small host application, as an embedder writes one, that takes flowhex through the starter alone. */
package io.flowhex.spring.boot.sample;
