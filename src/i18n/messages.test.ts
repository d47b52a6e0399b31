// Every UI string exists in every language, with the same placeholders, and no component writes UI
// text outside the message catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import { loadLanguage, translator } from './translate.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['es', es],
  ['pt', pt],
  ['fr', fr],
] as const)('%s messages', (_lang, messages) => {
  it('has every English key, no other, each non-empty with the same placeholders', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const translated = messages[key as keyof typeof en];
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});

describe('outcome sentences', () => {
  it.each([
    ['en', '3–3 on aggregate; Academia Puerto Cabello won 4–2 on penalties'],
    ['es', '3–3 en el global; Academia Puerto Cabello ganó 4–2 en los penales'],
    ['pt', '3–3 no agregado; Academia Puerto Cabello venceu nos pênaltis por 4–2'],
    ['fr', '3–3 sur les deux matchs\u00a0; Academia Puerto Cabello qualifié aux tirs au but 4–2'],
  ] as const)('reads a shoot-out in %s', async (lang, sentence) => {
    await loadLanguage(lang);
    const params = { winner: 'Academia Puerto Cabello', score: '3–3', kicks: '4–2' };
    expect(translator(lang)('outcome.penalties', params)).toBe(sentence);
  });
});

/** UI text written straight into a component: JSX text, and the attributes people read. */
function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const readable = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
  const words = (text: string) => /\p{L}{2,}/u.test(text) && text.trim() !== 'Llave';
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && readable.has(node.name.getText())) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && words(value.text))
        found.push(`${node.name.getText()}="${value.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const componentFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? componentFiles(join(dir, entry.name))
      : entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx')
        ? [join(dir, entry.name)]
        : [],
  );

describe('components', () => {
  it.each(componentFiles(resolve(process.cwd(), 'src')))(
    '%s writes UI text through the catalogue',
    (file) => {
      expect(literalTexts(file)).toEqual([]);
    },
  );
});
