/**
 * The HTML5 renderer: {@link dev.caresheet.render.html.HtmlRenderer} renders a condition document
 * to a semantic, accessible {@code <article>} (or a full page) with schema.org JSON-LD, escaping
 * every text through the one {@link dev.caresheet.render.html.HtmlWriter}.
 */
@NullMarked
package dev.caresheet.render.html;

import org.jspecify.annotations.NullMarked;
