package dev.caresheet.render.html;

import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.RendererProvider;

/**
 * The {@code html} format for {@link dev.caresheet.render.Renderers}: a renderer with the built-in
 * part renderers, a page or a fragment and the stylesheet as the options say. Registered in {@code
 * META-INF/services/dev.caresheet.render.RendererProvider}.
 */
public final class HtmlRendererProvider implements RendererProvider {

  /** The provider; {@link java.util.ServiceLoader} calls this. */
  public HtmlRendererProvider() {}

  @Override
  public String format() {
    return HtmlRenderer.FORMAT;
  }

  @Override
  public String description() {
    return "Semantic HTML5 with schema.org JSON-LD: an <article> fragment or a complete page";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  /**
   * A renderer for the options.
   *
   * @throws IllegalArgumentException if the stylesheet URL is neither relative nor http(s)
   */
  @Override
  public Renderer create(RenderOptions options) {
    return HtmlRenderer.builder().options(options).build();
  }
}
