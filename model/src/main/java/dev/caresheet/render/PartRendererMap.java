package dev.caresheet.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Part renderers by model type, the dispatch table every format's renderer uses. Registration
 * keeps the <em>first</em> renderer for a type, so a renderer builder registers a publisher's part
 * renderers before its own defaults, and the publisher's win (as in commonmark-java).
 *
 * <p>Lookup is by the model type a value implements, not its runtime class: a value is an {@code
 * ImmutableCause}, its renderer is registered for {@code Cause}. The most specific registered
 * supertype wins. Immutable and thread-safe; lookups are cached per runtime class.
 *
 * @param <C> the format's context
 */
public final class PartRendererMap<C extends RenderContext> {

  private final Map<Class<?>, PartRenderer<?, ? super C>> byType;
  private final ConcurrentMap<Class<?>, Optional<PartRenderer<Object, ? super C>>> cache =
      new ConcurrentHashMap<>();

  private PartRendererMap(Map<Class<?>, PartRenderer<?, ? super C>> byType) {
    this.byType = Map.copyOf(byType);
  }

  /**
   * {@return a new builder}
   *
   * @param <C> the format's context type
   */
  public static <C extends RenderContext> Builder<C> builder() {
    return new Builder<>();
  }

  /**
   * {@return the renderer for a value of this runtime class, if any type it implements has one}
   *
   * @param runtimeClass the class of a model value, such as an {@code ImmutableCause}
   */
  public Optional<PartRenderer<Object, ? super C>> find(Class<?> runtimeClass) {
    return cache.computeIfAbsent(Objects.requireNonNull(runtimeClass, "runtimeClass"), this::lookup);
  }

  /**
   * Renders {@code part} with its renderer.
   *
   * @param part a model value
   * @param context the rendering's context and output
   * @throws IllegalArgumentException if no renderer handles the part's type
   * @throws java.io.IOException if the output fails
   */
  public void render(Object part, C context) throws java.io.IOException {
    Objects.requireNonNull(part, "part");
    PartRenderer<Object, ? super C> renderer = find(part.getClass()).orElseThrow(() ->
        new IllegalArgumentException("no part renderer for " + part.getClass().getName()));
    renderer.render(part, context);
  }

  @SuppressWarnings("unchecked")
  private Optional<PartRenderer<Object, ? super C>> lookup(Class<?> runtimeClass) {
    // Breadth-first over superclasses and interfaces: the nearest registered type wins.
    Deque<Class<?>> queue = new ArrayDeque<>();
    queue.add(runtimeClass);
    while (!queue.isEmpty()) {
      Class<?> type = queue.poll();
      PartRenderer<?, ? super C> renderer = byType.get(type);
      if (renderer != null) {
        return Optional.of((PartRenderer<Object, ? super C>) renderer);
      }
      if (type.getSuperclass() != null) {
        queue.add(type.getSuperclass());
      }
      queue.addAll(java.util.List.of(type.getInterfaces()));
    }
    return Optional.empty();
  }

  /**
   * Builds a {@link PartRendererMap}.
   *
   * @param <C> the format's context
   */
  public static final class Builder<C extends RenderContext> {
    private final Map<Class<?>, PartRenderer<?, ? super C>> byType = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a renderer for a model type, unless one is registered for it already.
     *
     * @param <T> the model type
     * @param type the model type
     * @param renderer its renderer
     * @return this builder
     */
    public <T> Builder<C> putIfAbsent(Class<T> type, PartRenderer<? super T, ? super C> renderer) {
      byType.putIfAbsent(Objects.requireNonNull(type, "type"), Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /**
     * Registers every renderer of another map whose type has none here yet.
     *
     * @param other the map to take renderers from
     * @return this builder
     */
    public Builder<C> putAllIfAbsent(PartRendererMap<C> other) {
      other.byType.forEach(byType::putIfAbsent);
      return this;
    }

    /** {@return the map} */
    public PartRendererMap<C> build() {
      return new PartRendererMap<>(byType);
    }
  }
}
