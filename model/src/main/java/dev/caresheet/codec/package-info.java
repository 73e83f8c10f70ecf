/**
 * Reading and writing condition documents as JSON and YAML: {@link
 * dev.caresheet.codec.ConditionCodec}, strict on read and canonical on write.
 */
@NullMarked
package dev.caresheet.codec;

import org.jspecify.annotations.NullMarked;
