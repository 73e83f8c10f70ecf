/**
 * The renderer SPI, independent of any output format: {@link dev.caresheet.render.Renderer} renders
 * a whole document, {@link dev.caresheet.render.PartRenderer}s render its parts one model type at a
 * time and can be replaced one at a time, and {@link dev.caresheet.render.Renderers} discovers
 * formats by name through {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.caresheet.render;

import org.jspecify.annotations.NullMarked;
