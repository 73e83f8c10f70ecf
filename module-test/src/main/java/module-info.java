/**
 * The README's usage as an application on the module path (not published): it requires Caresheet's
 * modules by name, as a modular consumer does, and nothing else.
 */
module dev.caresheet.moduletest {
  requires dev.caresheet.schema;
  requires dev.caresheet.render.html;
  requires dev.caresheet.render.text;
}
