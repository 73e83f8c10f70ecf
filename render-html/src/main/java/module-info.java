/**
 * The {@code html} format: semantic, accessible HTML5 with schema.org JSON-LD, and {@code HtmlSite}
 * for whole sites. Found by {@code Renderers} as a {@code RendererProvider}.
 */
module dev.caresheet.render.html {
  requires transitive dev.caresheet.model;
  requires static org.jspecify;

  exports dev.caresheet.render.html;

  provides dev.caresheet.render.RendererProvider with
      dev.caresheet.render.html.HtmlRendererProvider;
}
