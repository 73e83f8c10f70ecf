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
 * Part renderers by model type, the dispatch table every format's renderer uses. Registration keeps
 * the <em>first</em> renderer for a type, so a renderer builder registers a publisher's part
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
   * A new builder.
   *
   * @param <C> the format's context
   * @return a new builder
   */
  public static <C extends RenderContext> Builder<C> builder() {
    return new Builder<>();
  }

  /** {@return the model types this map has renderers for} */
  public java.util.Set<Class<?>> types() {
    return byType.keySet();
  }

  /**
   * Checks that a renderer registered for {@code type} ahead of this map's renderers would be used:
   * the rule every format's builder applies to a publisher's part renderer. The type must be a
   * model type ({@code dev.caresheet.model}) that this map renders, or a subtype of one (a renderer
   * for {@code Causes} is nearer than the built-in one for {@code ListPart}, and wins).
   *
   * @throws IllegalArgumentException if it is not a model type, or if no value would ever be
   *     dispatched to it ({@code Part}, whose subtypes all have nearer built-in renderers)
   * @param type the model type a publisher wants to render
   */
  public void checkReplacement(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (byType.containsKey(type)) {
      return;
    }
    if (!type.getName().startsWith("dev.caresheet.model.")) {
      throw new IllegalArgumentException(
          type.getName()
              + " is not a model type: part renderers"
              + " replace how a type of dev.caresheet.model renders ("
              + names()
              + ", or a subtype)");
    }
    for (Class<?> rendered : byType.keySet()) {
      if (rendered.isAssignableFrom(type)) {
        return;
      }
    }
    for (Class<?> rendered : byType.keySet()) {
      if (type.isAssignableFrom(rendered)) {
        throw new IllegalArgumentException(
            "a part renderer for "
                + type.getName()
                + " would"
                + " never be used: the built-in renderer for the more specific "
                + rendered.getSimpleName()
                + " wins; register one for each model type to replace");
      }
    }
    throw new IllegalArgumentException(
        type.getName()
            + " is never rendered on its own; part"
            + " renderers replace "
            + names()
            + ", or a subtype");
  }

  private String names() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Class<?> type : byType.keySet()) {
      names.add(type.getSimpleName());
    }
    java.util.Collections.sort(names);
    return String.join(", ", names);
  }

  /**
   * The renderer for a value of this runtime class, if any type it implements has one.
   *
   * @param runtimeClass the runtime class of a value
   * @return the renderer, or empty if no type of the value has one
   */
  public Optional<PartRenderer<Object, ? super C>> find(Class<?> runtimeClass) {
    return cache.computeIfAbsent(
        Objects.requireNonNull(runtimeClass, "runtimeClass"), this::lookup);
  }

  /**
   * Renders {@code part} with its renderer.
   *
   * @throws IllegalArgumentException if no renderer handles the part's type
   * @param part the model value to render
   * @param context the rendering's context
   * @throws java.io.IOException if writing fails
   */
  public void render(Object part, C context) throws java.io.IOException {
    Objects.requireNonNull(part, "part");
    PartRenderer<Object, ? super C> renderer =
        find(part.getClass())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no part renderer for " + part.getClass().getName()));
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
      byType.putIfAbsent(
          Objects.requireNonNull(type, "type"), Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /**
     * Registers every renderer of another map whose type has none here yet.
     *
     * @param other the map whose renderers to add
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
