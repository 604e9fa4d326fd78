package io.cxkit.core.output;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code schema_version} a result type writes at the top of its JSON documents. Raise it when a field is
 * renamed or removed or changes meaning; a type without the annotation writes version 1.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {
    /**
     * The version, at least 1.
     *
     * @return the version written as {@code schema_version}
     */
    int value();
}
