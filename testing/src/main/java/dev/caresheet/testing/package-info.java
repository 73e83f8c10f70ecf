/**
 * The testing kit: generators of valid, hostile documents ({@link
 * dev.caresheet.testing.Generators}) and the walk of the text every rendering must keep ({@link
 * dev.caresheet.testing.ContentWalk}), so that a new renderer or format can be held to the same
 * "loses no text" property as Caresheet's own.
 */
@NullMarked
package dev.caresheet.testing;

import org.jspecify.annotations.NullMarked;
