/**
 * The immutable domain model of a health-condition document: {@link dev.caresheet.model.Condition}
 * and its parts. Every type is an immutable, thread-safe value with a builder; no method accepts or
 * returns {@code null}.
 */
@NullMarked
package dev.caresheet.model;

import org.jspecify.annotations.NullMarked;
