export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict little XML reader, enough for a manifest: one root, balanced tags, quoted attributes
 * without duplicates, only the five predefined entities and numeric references. Throws on anything
 * else, so "parses" means well-formed for the subset a manifest uses.
 */
export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const checkText = (t: string) => {
    if (/[<]/.test(t)) fail('stray <');
    for (const m of t.matchAll(/&([^;]*);?/g)) if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/i.test(m[0])) fail(`bad entity ${m[0]}`);
  };
  const ws = () => {
    while (/\s/.test(src[i] ?? '')) i++;
  };
  if (src.startsWith('<?xml')) i = src.indexOf('?>') + 2;
  ws();
  const element = (): XmlElement => {
    if (src[i] !== '<') fail('expected <');
    i++;
    const name = /^[A-Za-z_][\w.:-]*/.exec(src.slice(i))?.[0] ?? fail('name');
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      ws();
      if (src.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      const an = /^[A-Za-z_][\w.:-]*/.exec(src.slice(i))?.[0] ?? fail('attribute');
      i += an.length;
      if (src[i] !== '=') fail('=');
      i++;
      const q = src[i];
      if (q !== '"' && q !== "'") fail('quote');
      const end = src.indexOf(q as string, i + 1);
      if (end < 0) fail('unclosed attribute');
      const raw = src.slice(i + 1, end);
      checkText(raw);
      if (an in attrs) fail(`duplicate ${an}`);
      attrs[an] = raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const lt = src.indexOf('<', i);
      if (lt < 0) fail('unclosed element');
      const t = src.slice(i, lt);
      checkText(t);
      text += t;
      i = lt;
      if (src.startsWith('</', i)) {
        const close = `</${name}>`;
        if (!src.startsWith(close, i)) fail(`expected ${close}`);
        i += close.length;
        return { name, attrs, children, text: text.trim() };
      }
      children.push(element());
    }
  };
  const root = element();
  ws();
  if (i !== src.length) fail('content after the root');
  return root;
}
