/**
 * The implementation of the HTML renderer: its built-in part renderers, the per-rendering context,
 * URL sanitizing and the JSON-LD mapping. Not API: it may change in any release.
 */
@NullMarked
package dev.caresheet.render.html.internal;

import org.jspecify.annotations.NullMarked;
