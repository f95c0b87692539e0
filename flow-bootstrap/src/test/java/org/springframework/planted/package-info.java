/** A stand-in for Spring's packages, for one planted architecture violation; no Spring code. */
package org.springframework.planted;
