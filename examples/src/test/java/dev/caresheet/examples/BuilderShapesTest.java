package dev.caresheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.render.text.TextRenderer;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML and text renderers' builders take the same shape for the methods they share: the same
 * generic parameter types, wildcards included, with only the context type differing.
 */
class BuilderShapesTest {

  @Test
  void methodsOfBothBuildersWithTheSameNameTakeTheSameWildcards() {
    List<String> shared = new ArrayList<>();
    for (Method html : HtmlRenderer.Builder.class.getDeclaredMethods()) {
      for (Method text : TextRenderer.Builder.class.getDeclaredMethods()) {
        if (html.getName().equals(text.getName())
            && java.lang.reflect.Modifier.isPublic(html.getModifiers())
            && java.lang.reflect.Modifier.isPublic(text.getModifiers())) {
          shared.add(html.getName());
          assertThat(shape(text)).as(text.getName()).isEqualTo(shape(html));
        }
      }
    }
    assertThat(shared).contains("partRenderer", "labels", "build");
  }

  private static List<String> shape(Method m) {
    return Arrays.stream(m.getGenericParameterTypes())
        .map(Type::getTypeName)
        .map(
            t ->
                t.replace("dev.caresheet.render.html.HtmlContext", "CONTEXT")
                    .replace("dev.caresheet.render.text.TextContext", "CONTEXT"))
        .toList();
  }
}
