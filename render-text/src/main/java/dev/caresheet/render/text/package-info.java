/**
 * The plain-text renderer: {@link dev.caresheet.render.text.TextRenderer} renders condition
 * documents to text for email, SMS and voice, wrapped in terminal columns, with part renderers that
 * can be replaced one model type at a time; {@link dev.caresheet.render.text.TextWriter} does the
 * wrapping and indentation for them.
 */
@NullMarked
package dev.caresheet.render.text;

import org.jspecify.annotations.NullMarked;
