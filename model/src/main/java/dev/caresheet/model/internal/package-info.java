/** Implementation of the model: not API. */
@NullMarked
package dev.caresheet.model.internal;

import org.jspecify.annotations.NullMarked;
