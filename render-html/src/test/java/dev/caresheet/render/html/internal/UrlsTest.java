package dev.caresheet.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL policy: what is kept, what is dropped, and how kept URLs are written. */
class UrlsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:x",
        "\u0000javascript:x",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org",
        "a:b",
        "http :x",
        "https\u200B:x",
        "blob:https://example.org/x"
      })
  void dropsEveryOtherScheme(String url) {
    assertThat(Urls.sanitize(url)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.org/a?b=c&d=e#f|https://example.org/a?b=c&d=e#f",
        "HTTP://EXAMPLE.ORG|HTTP://EXAMPLE.ORG",
        "mailto:a@example.org?subject=a b|mailto:a@example.org?subject=a%20b",
        "#cause-x|#cause-x",
        // A character reference is no scheme: the writer escapes its & so the browser sees it as
        // text.
        "&#106;avascript:x|&#106;avascript:x",
        "migraine.html|migraine.html",
        "/css/site.css|/css/site.css",
        "./a:b|./a:b",
        "https://пример.рф/путь|https://пример.рф/путь",
        "https://[::1]:8080/[x]|https://[::1]:8080/%5Bx%5D",
        "https://example.org/a\\b^c`d{e}f|https://example.org/a%5Cb%5Ec%60d%7Be%7Df",
        "https://example.org/%zz%4|https://example.org/%25zz%254",
        "https://example.org/\u0085\uFDD0\uD83F\uDFFF|https://example.org/%C2%85%EF%B7%90%F0%9F%BF%BF"
      })
  void keepsAndEncodes(String url, String written) {
    assertThat(Urls.sanitize(url)).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({
    "https://a,true",
    "http://a,true",
    "//a,true",
    "HTTPS://a,true",
    "mailto:a@b,false",
    "#x,false",
    "x.html,false",
    "/x,false"
  })
  void externalMeansAbsoluteHttp(String url, boolean external) {
    assertThat(Urls.isExternal(url)).isEqualTo(external);
  }
}
