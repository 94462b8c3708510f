import ts from 'typescript';

export interface Finding {
  line: number;
  text: string;
}

const WORDS = /[A-Za-z\u3400-\u9fff]/;
const TEXT_ATTRS = /\b(aria-label|title|alt|placeholder|aria-description)="([^"\u0000]*)"/g;
const TEXT_CALLS = new Set(['text', 'setText', 'alert', 'confirm', 'prompt']);
const TEXT_PROPS = new Set(['textContent', 'innerText', 'innerHTML', 'ariaLabel']);

/**
 * Finds user-visible text written straight into UI code instead of going through i18n:
 * static text in lit-html templates, text attributes, Phaser text calls and DOM text properties.
 */
export function findHardcodedStrings(fileName: string, source: string): Finding[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    findings.push({ line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const isLiteralText = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);

  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(sf))) {
      const tpl = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(tpl)
        ? [tpl.text]
        : [tpl.head.text, ...tpl.templateSpans.map((s) => s.literal.text)];
      const staticHtml = `>${parts.join('\u0000')}<`;
      for (const m of staticHtml.matchAll(/>([^<>]*)</g)) {
        const text = (m[1] ?? '').replace(/\u0000/g, '');
        if (WORDS.test(text)) report(node, text);
      }
      for (const m of staticHtml.matchAll(TEXT_ATTRS)) {
        if (WORDS.test(m[2] ?? '')) report(node, m[0]);
      }
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (TEXT_CALLS.has(name)) {
        for (const arg of node.arguments) if (isLiteralText(arg) && WORDS.test(arg.text)) report(arg, arg.text);
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if (ts.isPropertyAccessExpression(left) && TEXT_PROPS.has(left.name.text) && isLiteralText(node.right) && WORDS.test(node.right.text)) {
        report(node, node.right.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
