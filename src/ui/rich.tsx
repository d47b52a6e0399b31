// Sentences with markup inside (a name in <bdi>, an id in <code>): the message keeps its placeholders, and
// each one is replaced by a node, so every language orders the words its own way.
import { Fragment, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import type { Translator } from '../i18n/translate.ts';

/** `text` with each score in it ("3–2") kept on one line: a line may break after an en dash. */
export function unbrokenScores(text: string): ReactNode {
  return text.split(/(\d+–\d+)/).map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      <span key={i} className="whitespace-nowrap">
        {part}
      </span>
    ),
  );
}

/** The message `key` with each `{name}` replaced by `nodes[name]` (text from data stays text). */
export function rich(t: Translator, key: MessageKey, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  // Without params, the translator leaves every placeholder in place.
  const parts = t(key).split(/\{(\w+)\}/);
  return parts.map((part, i) =>
    i % 2 === 0 ? part : <Fragment key={i}>{part in nodes ? nodes[part] : `{${part}}`}</Fragment>,
  );
}

/** Keys with a singular and a plural form (`….one`, `….other`). */
type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const rules = new Map<string, Intl.PluralRules>();

/** `count` with the form its language's plural rules choose (French: 0 and 1 take the singular). */
export function counted(t: Translator, base: PluralBase, count: number): string {
  let rule = rules.get(t.lang);
  if (!rule) rules.set(t.lang, (rule = new Intl.PluralRules(t.lang)));
  return t(rule.select(count) === 'one' ? `${base}.one` : `${base}.other`, { count });
}
