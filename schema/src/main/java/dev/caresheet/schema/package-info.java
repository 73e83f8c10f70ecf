/**
 * The published JSON Schema of condition documents ({@link dev.caresheet.schema.ConditionSchema})
 * and the {@link dev.caresheet.schema.Validator}, which checks files in three stages — syntax,
 * schema, rules — and reports every {@link dev.caresheet.schema.Problem} at its line and column.
 */
@NullMarked
package dev.caresheet.schema;

import org.jspecify.annotations.NullMarked;
