/**
 * The {@code caresheet} command (picocli): validate, render, fmt, site, serve, schema, new, init.
 * Published as a library jar with this descriptor; the executable {@code caresheet.jar} is shaded
 * and runs on the class path. Exports nothing: it is a program, not an API.
 */
module dev.caresheet.cli {
  requires dev.caresheet.model;
  requires dev.caresheet.schema;
  requires dev.caresheet.render.html;
  requires dev.caresheet.lint;
  requires dev.caresheet.importer;
  requires info.picocli;
  requires jdk.httpserver;

  // picocli reads the commands' annotated fields and methods reflectively.
  opens dev.caresheet.cli to
      info.picocli;
}
