package dev.caresheet.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: plain accessor names, JDK collections only, and a
 * {@code with*} copy method per attribute. Package-private: it is how the model is built, not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"cause:causes", "diagnosis:diagnoses", "measure:measures"},
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    get = {"is*", "get*", "*"},
    optionalAcceptNullable = false,
    forceJacksonPropertyNames = false)
@interface CaresheetStyle {}
