package dev.caresheet.render.text.internal;

import dev.caresheet.model.Block;
import dev.caresheet.model.BulletList;
import dev.caresheet.model.Figure;
import dev.caresheet.model.NumberedList;
import dev.caresheet.model.Paragraph;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.Table;
import dev.caresheet.render.text.TextWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Prose blocks as plain text: paragraphs, lists wrapped like the parts' lists, subheadings. */
final class ProseText {
  private ProseText() {}

  static void block(TextWriter w, Block block) throws IOException {
    try {
      block.accept(new Block.Visitor<Void>() {
        @Override
        public Void paragraph(Paragraph p) {
          io(() -> w.paragraph(DefaultPartRenderers.inline(p.text())).blankLine());
          return null;
        }

        @Override
        public Void bulletList(BulletList list) {
          io(() -> {
            for (String item : list.items()) {
              w.beginBullet().paragraph(DefaultPartRenderers.inline(item)).end();
            }
            w.blankLine();
          });
          return null;
        }

        @Override
        public Void numberedList(NumberedList list) {
          io(() -> {
            int number = 1;
            for (String item : list.items()) {
              w.beginNumbered(number++).paragraph(DefaultPartRenderers.inline(item)).end();
            }
            w.blankLine();
          });
          return null;
        }

        @Override
        public Void subheading(Subheading s) {
          io(() -> w.paragraph(s.text()).blankLine());
          return null;
        }

        @Override
        public Void table(Table t) {
          io(() -> {
            for (String text : t.inlineTexts()) {
              w.paragraph(DefaultPartRenderers.inline(text)).blankLine();
            }
          });
          return null;
        }

        @Override
        public Void figure(Figure f) {
          io(() -> {
            f.alt().ifPresent(alt -> io(() -> w.paragraph(alt).blankLine()));
            for (String text : f.inlineTexts()) {
              w.paragraph(DefaultPartRenderers.inline(text)).blankLine();
            }
            f.credit().ifPresent(c -> io(() -> w.paragraph(c).blankLine()));
            f.license().ifPresent(l -> io(() -> {
              w.paragraph(l.name());
              if (l.url().isPresent()) {
                w.link(l.url().get());
              }
              w.blankLine();
            }));
          });
          return null;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
