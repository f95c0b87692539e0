-- Stands for a migration of a later flowhex release: the schema check must refuse to run against it.
CREATE TABLE flowhex_from_the_future (id INTEGER NOT NULL);
