package dev.caresheet.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: plain accessor names, JDK collections only, a {@code
 * with*} copy method per attribute, and no annotation on generated code that consumers lack.
 * Package-private: it is how the model is built, not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"cause:causes", "diagnosis:diagnoses", "measure:measures"},
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    get = {"is*", "get*", "*"},
    optionalAcceptNullable = false,
    forceJacksonPropertyNames = false,
    // Only the JDK's own @Generated on generated classes: Immutables' would make javac warn in
    // every consumer, since the annotation processor is not on their class path.
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
@interface CaresheetStyle {}
