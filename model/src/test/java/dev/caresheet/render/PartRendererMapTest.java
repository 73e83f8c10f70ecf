package dev.caresheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ListPart;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartRendererMapTest {

  /** A context that records what was rendered. */
  static final class Recorder implements RenderContext {
    final StringBuilder out = new StringBuilder();

    @Override
    public Condition condition() {
      throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Labels labels() {
      return Labels.forLanguage("en");
    }

    @Override
    public RenderOptions options() {
      return RenderOptions.defaults();
    }

    @Override
    public void render(Object part) {}

    @Override
    public void renderDefault(Object part) {}
  }

  private final Cause cause = Cause.of("dehydration", "Dehydration");

  @Test
  void theFirstRegistrationWinsSoAPublishersRendererReplacesTheDefault() throws IOException {
    PartRendererMap<Recorder> map =
        PartRendererMap.<Recorder>builder()
            .putIfAbsent(Cause.class, (c, ctx) -> ctx.out.append("mine:").append(c.name()))
            .putIfAbsent(Cause.class, (c, ctx) -> ctx.out.append("default:").append(c.name()))
            .build();
    Recorder recorder = new Recorder();
    map.render(cause, recorder);
    assertThat(recorder.out).hasToString("mine:Dehydration");
  }

  @Test
  void dispatchIsByModelTypeNotRuntimeClassAndTheNearestTypeWins() throws IOException {
    PartRendererMap<Recorder> map =
        PartRendererMap.<Recorder>builder()
            .putIfAbsent(ListPart.class, (p, ctx) -> ctx.out.append("any list part;"))
            .putIfAbsent(Causes.class, (p, ctx) -> ctx.out.append("causes;"))
            .build();
    Recorder recorder = new Recorder();
    Causes causes = Causes.of(List.of(cause));
    assertThat(causes.getClass()).isNotEqualTo(Causes.class);
    map.render(causes, recorder);
    assertThat(recorder.out).hasToString("causes;");
  }

  @Test
  void anUnhandledTypeIsAClearError() {
    PartRendererMap<Recorder> map = PartRendererMap.<Recorder>builder().build();
    assertThatThrownBy(() -> map.render(cause, new Recorder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no part renderer for");
  }

  @Test
  void withoutFormatsOnTheClassPathNoneIsFound() {
    assertThat(Renderers.provider("html")).isEmpty();
    assertThatThrownBy(() -> Renderers.create("pdf", RenderOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown format \"pdf\"");
  }
}
