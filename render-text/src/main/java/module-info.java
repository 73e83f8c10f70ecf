/**
 * The {@code text} format: plain text for email, SMS and voice, wrapped in terminal columns. Found
 * by {@code Renderers} as a {@code RendererProvider}.
 */
module dev.caresheet.render.text {
  requires transitive dev.caresheet.model;
  requires static org.jspecify;

  exports dev.caresheet.render.text;

  provides dev.caresheet.render.RendererProvider with
      dev.caresheet.render.text.TextRendererProvider;
}
