/**
 * Legacy articles in, drafts out: {@link dev.caresheet.importer.Importer} reads one source (scraped
 * text, a saved HTML page or fragment, NHS website content API JSON, MedlinePlus summaries) and
 * gives draft {@link dev.caresheet.model.Condition}s with an {@link
 * dev.caresheet.importer.ImportReport} of what became which part, what was dropped and why, and
 * what needs a person.
 */
@NullMarked
package dev.caresheet.importer;

import org.jspecify.annotations.NullMarked;
