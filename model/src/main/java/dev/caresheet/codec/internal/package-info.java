/**
 * Implementation shared by the codec and the validator. Not API: anything here may change in any
 * release.
 */
@NullMarked
package dev.caresheet.codec.internal;

import org.jspecify.annotations.NullMarked;
