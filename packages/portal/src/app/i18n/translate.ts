/**
 * The translation primitives: English text is the key, a dictionary maps it to another language,
 * and `{name}` placeholders are filled in after the lookup so word order can change per language.
 *
 * When the same English words need different translations (the status "Placed" and a column of dates
 * headed "Placed"), the key starts with a context for translators and a bar: `t('date column|Placed')`
 * shows "Placed" in English. Interface texts never contain `|` otherwise.
 */

/** A language's dictionary: English source text → translated text (with the same `{placeholders}`). */
export type Messages = Readonly<Record<string, string>>;

/** Values for `{name}` placeholders. */
export type TranslateVars = Readonly<Record<string, string | number>>;

/** Translates English text, e.g. `Page {page} of {pages}` with `{ page: 2, pages: 5 }`. */
export type TFunction = (english: string, vars?: TranslateVars) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; a placeholder without a value stays as written, so nothing is lost. */
export function interpolate(template: string, vars?: TranslateVars): string {
  if (!vars || !template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** The English text of a key: without its `context|` prefix, if any. */
export function englishText(key: string): string {
  const bar = key.indexOf('|');
  return bar < 0 ? key : key.slice(bar + 1);
}

/** The placeholder names of a text, sorted (to check a translation keeps every one). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/**
 * A `t` for one dictionary; `null` is the source language (English), where the key is the text.
 * A key missing from a dictionary falls back to English rather than showing nothing.
 */
export function createTranslator(messages: Messages | null): TFunction {
  if (!messages) return (english, vars) => interpolate(englishText(english), vars);
  const warned = new Set<string>();
  return (english, vars) => {
    const text = messages[english];
    if (text === undefined && import.meta.env.DEV && !warned.has(english)) {
      warned.add(english);
      console.warn(`[i18n] no translation for “${english}”`);
    }
    return interpolate(text ?? englishText(english), vars);
  };
}

/**
 * Splits a translated text with `{name}` placeholders into parts, replacing each placeholder that has a
 * value in `nodes` (e.g. a link or a formatted date element), for texts with markup in the middle.
 */
export function splitPlaceholders<N>(text: string, nodes: Readonly<Record<string, N>>): Array<string | N> {
  const parts: Array<string | N> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!Object.prototype.hasOwnProperty.call(nodes, name)) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(nodes[name]!);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
