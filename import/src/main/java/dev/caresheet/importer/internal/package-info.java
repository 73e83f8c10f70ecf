/** The importer's readers, cleaning and mapping; not API. */
@NullMarked
package dev.caresheet.importer.internal;

import org.jspecify.annotations.NullMarked;
