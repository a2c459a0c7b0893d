import { attachmentRefusal, caseRefusal, caseTextTooLong } from './case-messages.js';

/** Checks of what a person types into a case, and of the files they attach. Pure. */

export const SUBJECT_MIN = 3;
export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const COMMENT_MAX = 5000;
/** Largest attachment (also a database check on case_attachment). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Most attachments one case keeps. */
export const ATTACHMENTS_PER_CASE = 20;

export interface Problem {
  field: string;
  message: string;
}

export interface CaseText {
  subject: string;
  description: string;
}

/** Which records a new case names (raw IDs as sent). */
export interface CaseRecordIds {
  orderId?: string | null;
  orderLineId?: string | null;
  invoiceId?: string | null;
  productId?: string | null;
}

function hasBadCharacter(text: string): boolean {
  // NUL is refused by PostgreSQL; other control characters (but tab and line breaks) have no place in prose.
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || code === 0x7f) return true;
  }
  return false;
}

/** The subject and description, trimmed, or every problem with them. */
export function checkCaseText(
  input: { subject: string; description: string },
  locale: string,
): { ok: true; value: CaseText } | { ok: false; problems: Problem[] } {
  const subject = (input.subject ?? '').trim().replace(/\s+/g, ' ');
  const description = (input.description ?? '').trim();
  const problems: Problem[] = [];
  if (hasBadCharacter(subject))
    problems.push({ field: 'subject', message: caseRefusal('BAD_CHARACTER', locale) });
  else if ([...subject].length < SUBJECT_MIN || [...subject].length > SUBJECT_MAX)
    problems.push({ field: 'subject', message: caseRefusal('SUBJECT_LENGTH', locale) });
  if (!description)
    problems.push({ field: 'description', message: caseRefusal('DESCRIPTION_MISSING', locale) });
  else if ([...description].length > DESCRIPTION_MAX)
    problems.push({ field: 'description', message: caseTextTooLong('description', DESCRIPTION_MAX, locale) });
  else if (hasBadCharacter(description))
    problems.push({ field: 'description', message: caseRefusal('BAD_CHARACTER', locale) });
  return problems.length ? { ok: false, problems } : { ok: true, value: { subject, description } };
}

/** A comment's body, trimmed, or what is wrong with it. */
export function checkComment(
  body: string,
  locale: string,
): { ok: true; value: string } | { ok: false; problems: Problem[] } {
  const text = (body ?? '').trim();
  const fail = (message: string) => ({ ok: false as const, problems: [{ field: 'body', message }] });
  if (!text) return fail(caseRefusal('COMMENT_MISSING', locale));
  if ([...text].length > COMMENT_MAX) return fail(caseTextTooLong('body', COMMENT_MAX, locale));
  if (hasBadCharacter(text)) return fail(caseRefusal('BAD_CHARACTER', locale));
  return { ok: true, value: text };
}

/**
 * A case concerns one record at most: an order, one of its lines (the line's order is recorded with
 * it, and may be sent along), an invoice or a product. Null when fine; else the problem.
 */
export function checkOneRecord(ids: CaseRecordIds, locale: string): Problem | null {
  const kinds = [
    ids.orderId || ids.orderLineId ? 'order' : null,
    ids.invoiceId ? 'invoice' : null,
    ids.productId ? 'product' : null,
  ].filter(Boolean);
  if (kinds.length <= 1) return null;
  const field = ids.invoiceId ? 'invoiceId' : 'productId';
  return { field, message: caseRefusal('ONE_RECORD', locale) };
}

/** Content types a case accepts, each with how its content starts (null: text, checked otherwise). */
const ALLOWED: Record<string, Array<number[]> | null> = {
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/gif': [
    [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
    [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  ],
  'image/webp': [[0x52, 0x49, 0x46, 0x46]],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]],
  'text/plain': null,
  'text/csv': null,
};

export const ALLOWED_CONTENT_TYPES: readonly string[] = Object.keys(ALLOWED);

/** `text/csv; charset=utf-8` → `text/csv`; `application/vnd.ms-excel` from a .csv name → `text/csv`. */
export function normalContentType(contentType: string, fileName: string): string {
  const base = contentType.split(';')[0]!.trim().toLowerCase();
  if ((base === 'application/vnd.ms-excel' || base === 'application/csv') && /\.csv$/i.test(fileName))
    return 'text/csv';
  if (base === 'image/jpg') return 'image/jpeg';
  return base;
}

/** A file name made safe to keep and to send back in a header: no path, no control characters. */
export function cleanFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  return [...last]
    .filter((ch) => ch !== '"' && ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
}

/**
 * Whether a file may be attached: a name, 1 byte to 10 MB, an allowed type whose content matches it
 * (an image or PDF starts with its signature; a text or CSV file is UTF-8 without NUL bytes).
 */
export function checkAttachment(
  file: { fileName: string; contentType: string; content: Uint8Array },
  locale: string,
): { ok: true; fileName: string; contentType: string } | { ok: false; message: string; tooLarge?: boolean } {
  const fileName = cleanFileName(file.fileName);
  if (!fileName || [...fileName].length > 200)
    return { ok: false, message: attachmentRefusal('NAME', locale) };
  if (file.content.length === 0) return { ok: false, message: attachmentRefusal('EMPTY', locale) };
  if (file.content.length > ATTACHMENT_MAX_BYTES)
    return { ok: false, message: attachmentRefusal('TOO_LARGE', locale), tooLarge: true };
  const contentType = normalContentType(file.contentType, fileName);
  if (!(contentType in ALLOWED)) return { ok: false, message: attachmentRefusal('TYPE', locale) };
  const signatures = ALLOWED[contentType];
  const matches = signatures
    ? signatures.some((sig) => sig.every((byte, i) => file.content[i] === byte)) &&
      (contentType !== 'image/webp' || String.fromCharCode(...file.content.subarray(8, 12)) === 'WEBP')
    : isUtf8Text(file.content);
  if (!matches) return { ok: false, message: attachmentRefusal('CONTENT_MISMATCH', locale) };
  return { ok: true, fileName, contentType };
}

function isUtf8Text(content: Uint8Array): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}
