import { marked, type Token, type Tokens } from 'marked';

/** A run of a letter's text with its emphasis: shown as text, never as HTML. */
export interface Run {
  text: string;
  bold: boolean;
  italics: boolean;
}

/** What a letter is made of: the Markdown its templates use (headings, paragraphs, lists, bold and italics), as the PDF has it. */
export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] };

function runsOf(tokens: Token[] | undefined, bold = false, italics = false): Run[] {
  return (tokens ?? []).flatMap((token): Run[] => {
    switch (token.type) {
      case 'strong':
        return runsOf((token as Tokens.Strong).tokens, true, italics);
      case 'em':
        return runsOf((token as Tokens.Em).tokens, bold, true);
      case 'br':
        return [{ text: '\n', bold, italics }];
      case 'link':
        return [...runsOf((token as Tokens.Link).tokens, bold, italics), { text: ` (${(token as Tokens.Link).href})`, bold, italics }];
      default:
        if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length) return runsOf(token.tokens, bold, italics);
        return 'text' in token && typeof token.text === 'string' ? [{ text: decode(token.text), bold, italics }] : [];
    }
  });
}

/** marked escapes &, <, > and quotes in the text it hands back; a letter is not HTML, so they are turned back. */
function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** A letter's Markdown as blocks; anything else (tables, code, images, raw HTML) becomes a plain paragraph of its text. */
export function letterBlocks(markdown: string): Block[] {
  return marked.lexer(markdown).flatMap((token): Block[] => {
    switch (token.type) {
      case 'heading':
        return [{ kind: 'heading', level: (token as Tokens.Heading).depth, runs: runsOf((token as Tokens.Heading).tokens) }];
      case 'paragraph':
        return [{ kind: 'paragraph', runs: runsOf((token as Tokens.Paragraph).tokens) }];
      case 'list':
        return [{ kind: 'list', ordered: (token as Tokens.List).ordered, items: (token as Tokens.List).items.map((item) => runsOf(item.tokens)) }];
      case 'space':
      case 'hr':
        return [];
      default:
        return token.raw.trim() ? [{ kind: 'paragraph', runs: [{ text: token.raw.trim(), bold: false, italics: false }] }] : [];
    }
  });
}
