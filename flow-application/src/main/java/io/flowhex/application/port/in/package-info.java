/** Driving ports: the use cases the outside world calls, their query records and their error family. */
package io.flowhex.application.port.in;
