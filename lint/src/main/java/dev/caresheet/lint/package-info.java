/**
 * Editorial checks on valid Caresheet documents, and the {@link
 * dev.caresheet.lint.EditorialVocabulary editorial vocabulary} that the importer shares.
 */
@NullMarked
package dev.caresheet.lint;

import org.jspecify.annotations.NullMarked;
