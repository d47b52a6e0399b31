// Team and record ids made from printed names.
import { fold, slug } from '../domain/text.ts';

/** Lower-case ASCII slug: "Águilas Doradas" → "aguilas-doradas". */
export const slugify = (name: string): string => slug(name, 60) || 'x';

/**
 * Two printed names stand for the same team when case, accents, spaces and punctuation are ignored
 * (letters of any script count: names in other scripts stay apart).
 */
export const nameKey = (name: string): string => fold(name).replace(/[^\p{L}\p{N}]+/gu, '');

/** Hands out unique ids: the first "nacional", then "nacional-2", "nacional-3". */
export function createIdAllocator(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
};

/** "13", "thirteen", "thirty-two" → the number; anything else → null. */
export function readCount(word: string): number | null {
  const text = word.toLowerCase();
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, units] = text.split('-');
  const base = tens === undefined ? undefined : NUMBER_WORDS[tens];
  if (base === undefined) return null;
  if (units === undefined) return base;
  const unit = NUMBER_WORDS[units];
  return unit !== undefined && base >= 20 && unit < 10 ? base + unit : null;
}
