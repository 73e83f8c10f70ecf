/**
 * The text renderer's implementation: column measurement, line wrapping and the built-in part
 * renderers. Not API: anything here may change in any release.
 */
@NullMarked
package dev.caresheet.render.text.internal;

import org.jspecify.annotations.NullMarked;
