/** Driven adapter: every persistence port of the application on a {@code javax.sql.DataSource} (H2, PostgreSQL 15+). */
package io.flowhex.adapter.jdbc;
