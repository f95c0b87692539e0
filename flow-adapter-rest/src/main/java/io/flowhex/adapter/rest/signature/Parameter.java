package io.flowhex.adapter.rest.signature;

import java.util.Comparator;
import java.util.Objects;

/** One decoded request parameter: a raw (unencoded) name and value; the value may be empty. */
public record Parameter(String name, String value) {

    /** The order both schemes sign in: by raw name, with {@link String#compareTo}. */
    public static final Comparator<Parameter> BY_NAME = Comparator.comparing(Parameter::name);

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
    }

    @Override
    public String toString() {
        // values can be secrets (Signature, SecurityToken): print the name only
        return "Parameter[" + name + "]";
    }
}
