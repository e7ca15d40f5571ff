import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { ExternalLink } from '../common/ExternalLink';
import { isSafeWebAddress } from '../common/web-address';

/**
 * The light Markdown a note may use: paragraphs, emphasis, lists, links, inline code and
 * quotes. Anything else (headings, images, tables, raw HTML) is shown as its text, never as
 * markup.
 */
const ALLOWED_ELEMENTS = ['p', 'em', 'strong', 'ul', 'ol', 'li', 'a', 'code', 'blockquote', 'br', 'del'];

/**
 * What may make a body more than plain paragraphs: emphasis, code, links, HTML, headings,
 * quotes, tables, escapes, list markers, or a line break Markdown would keep. A false positive
 * only costs a parse.
 */
const MARKDOWN_SYNTAX = /[*_`[\]<>#|\\~]|^\s*(?:[-+]|\d+[.)])\s|\S\n\S|https?:/mu;

/** Links go through the app's confirmation to the browser; anything but https stays text. */
const COMPONENTS: Components = {
  a: ({ href, children }) =>
    href && isSafeWebAddress(href) ? <ExternalLink url={href}>{children}</ExternalLink> : <span>{children}</span>,
};

/**
 * A note's body as a person wrote it, rendered with react-markdown: it builds React elements
 * from the Markdown syntax tree, so HTML in a note (`<img onerror>`, `<script>`) is never
 * parsed as markup (`skipHtml` drops it, and React would escape it anyway); `urlTransform`
 * empties `javascript:` and other unsafe addresses before the link component sees them.
 */
export const NoteBody = memo(function NoteBody({ body }: { body: string }) {
  // Most notes are plain sentences: they skip the Markdown parser (a margin may hold hundreds).
  if (!MARKDOWN_SYNTAX.test(body)) {
    return (
      <div className="note-body">
        {body.split(/\n\s*\n/u).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    );
  }
  return (
    <div className="note-body">
      <Markdown
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        skipHtml
        components={COMPONENTS}
        urlTransform={(url) => (isSafeWebAddress(url) ? url : '')}
      >
        {body}
      </Markdown>
    </div>
  );
});
