// Editors' text (Markdown) made into HTML that can never run: raw HTML is escaped (markdown-it's
// `html: false`), images are off (nothing is loaded from elsewhere), links keep only http(s) and
// mailto and carry rel="nofollow noopener", and every block gets dir="auto" so a paragraph in Arabic
// and one in English each lay out in their own direction. Pure: pages and feeds call it.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(['image']);

const SAFE_LINK = /^(https?:|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

for (const rule of ['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open', 'table_open']) {
  md.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet('dir', 'auto');
    return self.renderToken(tokens, idx, options);
  };
}
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow noopener');
  return self.renderToken(tokens, idx, options);
};

/** The HTML of an editor's Markdown: safe to insert as is. */
export function renderEditorMarkdown(text: string): string {
  return md.render(text);
}
