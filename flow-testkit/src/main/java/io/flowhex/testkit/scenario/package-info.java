/** Use-case suites run over any set of stores, so adapters prove they can stand in for each other end to end. */
package io.flowhex.testkit.scenario;
