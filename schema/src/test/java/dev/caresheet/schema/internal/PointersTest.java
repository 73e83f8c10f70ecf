package dev.caresheet.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void pointersAreBuiltAndTakenApartPerRfc6901() {
    assertThat(Pointers.child("", "a/b~c")).isEqualTo("/a~1b~0c");
    assertThat(Pointers.child("/causes", 3)).isEqualTo("/causes/3");
    assertThat(Pointers.tokens("/a~1b~0c/3/")).containsExactly("a/b~c", "3", "");
    assertThat(Pointers.tokens("")).isEmpty();
    assertThat(Pointers.parent("/a/b")).isEqualTo("/a");
    assertThat(Pointers.parent("/a")).isEmpty();
    assertThat(Pointers.parent("")).isEmpty();
    assertThat(Pointers.last("/a/b~1c")).isEqualTo("b/c");
  }

  @Test
  void pointersReadAsPathsForPeople() {
    assertThat(Pointers.readable("/causes/items/3/name")).isEqualTo("causes.items[3].name");
    assertThat(Pointers.readable("/related/0")).isEqualTo("related[0]");
    assertThat(Pointers.readable("")).isEqualTo("the document");
    assertThat(Pointers.quoted("/id")).isEqualTo("`id`");
    assertThat(Pointers.quoted("")).isEqualTo("the document");
  }
}
