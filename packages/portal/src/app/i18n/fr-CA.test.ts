import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frCA } from './fr-CA';
import { placeholdersOf } from './translate';

const src = fileURLToPath(new URL('../../', import.meta.url));

/** Every source file of the portal (the whole `src` tree, so new features are checked too). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' && dir === src ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// `t('…')`, `t("…")`, `t(`…`)` and `i18n.t(…)`, where `t` is a whole identifier (not `set(` or `at(`).
const CALL = /(?<![\w$])t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`)/g;

function unescape(text: string): string {
  return text.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c.startsWith('u')
      ? String.fromCodePoint(parseInt(c.replace(/[u{}]/g, ''), 16))
      : (({ n: '\n', t: '\t' } as Record<string, string>)[c] ?? c),
  );
}

interface Use {
  text: string;
  where: string;
  template: boolean;
}

/** Blanks out comments (keeping line numbers), so examples in doc comments are not taken for texts. */
function withoutComments(code: string): string {
  const blank = (comment: string) => comment.replace(/[^\n]/g, ' ');
  return code.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/^\s*\/\/.*$/gm, blank);
}

function uses(): Use[] {
  return sourceFiles(src).flatMap((file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    return [...code.matchAll(CALL)].map((m) => ({
      text: unescape(m[1] ?? m[2] ?? m[3]!),
      template: m[3] !== undefined,
      where: `${relative(src, file)}:${code.slice(0, m.index).split('\n').length}`,
    }));
  });
}

describe('fr-CA dictionary', () => {
  const found = uses();

  it('finds the interface texts', () => {
    expect(found.length).toBeGreaterThan(100);
  });

  it('translates every t() text in src', () => {
    const missing = found.filter((u) => frCA[u.text] === undefined).map((u) => `${u.where}  ${u.text}`);
    expect(missing, 'texts without a fr-CA translation (add them to src/app/i18n/fr-CA.ts)').toEqual([]);
  });

  it('has texts, not code, as keys (use {name} placeholders rather than ${…})', () => {
    const computed = found.filter((u) => u.template && u.text.includes('${')).map((u) => u.where);
    expect(computed).toEqual([]);
  });

  it('keeps every {placeholder} of the English text', () => {
    const wrong = Object.entries(frCA)
      .filter(([english, french]) => placeholdersOf(english).join() !== placeholdersOf(french).join())
      .map(([english]) => english);
    expect(wrong).toEqual([]);
  });

  it('has no translations left over from texts that are gone', () => {
    const used = new Set(found.map((u) => u.text));
    expect(Object.keys(frCA).filter((english) => !used.has(english))).toEqual([]);
  });

  it('has no empty or untrimmed translations', () => {
    const bad = Object.entries(frCA).filter(([, french]) => !french.trim() || french !== french.trim());
    expect(bad).toEqual([]);
  });
});
