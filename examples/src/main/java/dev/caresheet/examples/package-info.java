/**
 * Small programs that use the API on the example content: {@link
 * dev.caresheet.examples.RenderExample} renders the leg-cramps document to HTML and to text, and
 * {@link dev.caresheet.examples.CustomFirstAidExample} replaces how first-aid steps render.
 */
@NullMarked
package dev.caresheet.examples;

import org.jspecify.annotations.NullMarked;
