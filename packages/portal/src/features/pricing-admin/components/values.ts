/**
 * Checks and conversions for what a pricing manager types. Hints only: the server is the judge and
 * names the field it refuses. Money stays text throughout: nothing here turns an amount into a float.
 */

/** A money amount as the server takes it: digits, optionally a dot and up to 4 decimals. */
const AMOUNT = /^\d{1,15}(\.\d{1,4})?$/;
/** A conversion rate: up to 6 digits, optionally a dot and up to 8 decimals. */
const RATE = /^\d{1,6}(\.\d{1,8})?$/;
const WHOLE = /^\d{1,9}$/;

export function isAmount(text: string): boolean {
  return AMOUNT.test(text.trim());
}

/** A positive conversion rate such as 1.36 (zero is refused). */
export function isRate(text: string): boolean {
  const value = text.trim();
  return RATE.test(value) && /[1-9]/.test(value);
}

/** A percentage from just above 0 to 100, as text (compared without floats). */
export function isPercent(text: string): boolean {
  const value = text.trim();
  if (!AMOUNT.test(value) || !/[1-9]/.test(value)) return false;
  const [whole = '', decimals = ''] = value.split('.');
  const units = whole.replace(/^0+(?=\d)/, '');
  if (units.length < 3) return true;
  return units === '100' && /^0*$/.test(decimals);
}

/** A whole number (no sign, no decimals) typed into a text box, or null when it is not one. */
export function parseWhole(text: string): number | null {
  const value = text.trim();
  return WHOLE.test(value) ? Number(value) : null;
}

/** A three-letter ISO 4217 code such as USD. */
export function isCurrencyCode(text: string): boolean {
  return /^[A-Z]{3}$/.test(text.trim());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of `<input type="datetime-local">` (local time, minutes); '' for none. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The value of a datetime-local input (local time) as an ISO instant; null when empty, undefined when
 * it is not a date and time.
 */
export function fromLocalInput(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return null;
  const m = LOCAL.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : (s ?? 0));
  if (date.getMonth() !== mo! - 1 || date.getDate() !== d!) return undefined;
  return date.toISOString();
}

/** SKUs typed or pasted as a list: split on commas, semicolons, spaces and new lines; no duplicates. */
export function parseSkuList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * A price as typed, made ready to send: spaces dropped and a decimal comma (12,50 in French) turned
 * into a dot. Null when it does not look like a number at all; the server checks the rest.
 */
export function normalizeAmount(text: string): string | null {
  const value = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^(\d+),(\d+)$/, '$1.$2');
  return /^\d+(\.\d+)?$/.test(value) ? value : null;
}
