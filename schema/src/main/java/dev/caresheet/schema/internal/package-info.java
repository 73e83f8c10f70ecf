/**
 * The validator's implementation: parsing with source locations, the schema check, the rules. Not
 * API.
 */
@NullMarked
package dev.caresheet.schema.internal;

import org.jspecify.annotations.NullMarked;
