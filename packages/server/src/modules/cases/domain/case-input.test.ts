import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  checkAttachment,
  checkCaseText,
  checkComment,
  checkOneRecord,
  cleanFileName,
} from './case-input.js';
import { caseNotice, caseRefusal } from './case-messages.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = new TextEncoder().encode('%PDF-1.7\n...');

describe('case text', () => {
  it('trims the subject and description and keeps them', () => {
    expect(
      checkCaseText({ subject: '  Broken   grinder ', description: ' It hums.\nThen stops. ' }, 'en-US'),
    ).toEqual({ ok: true, value: { subject: 'Broken grinder', description: 'It hums.\nThen stops.' } });
  });

  it('refuses a subject under 3 or over 200 characters, and a missing or long description', () => {
    const r = checkCaseText({ subject: 'ab', description: '   ' }, 'en-US');
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'subject', message: 'The subject must be 3 to 200 characters.' },
        { field: 'description', message: 'Describe the problem.' },
      ],
    });
    expect(checkCaseText({ subject: 'x'.repeat(200), description: 'd'.repeat(5000) }, 'en-US').ok).toBe(true);
    const long = checkCaseText({ subject: 'x'.repeat(201), description: 'd'.repeat(5001) }, 'en-US');
    expect(long).toMatchObject({
      ok: false,
      problems: [
        { field: 'subject' },
        { field: 'description', message: 'The description is limited to 5,000 characters.' },
      ],
    });
  });

  it('speaks French for fr-CA', () => {
    const r = checkCaseText({ subject: 'ab', description: 'd'.repeat(5001) }, 'fr-CA');
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'subject', message: 'L’objet doit compter de 3 à 200 caractères.' },
        { field: 'description', message: 'La description compte au plus 5\u00a0000 caractères.' },
      ],
    });
    expect(caseRefusal('ONE_RECORD', 'fr-CA')).toContain('au plus\u00a0:');
  });

  it('refuses control characters', () => {
    expect(checkCaseText({ subject: 'Bad\u0000one', description: 'ok' }, 'en-US').ok).toBe(false);
    expect(checkComment('hello\u0007', 'en-US').ok).toBe(false);
  });

  it('checks comments', () => {
    expect(checkComment('  Thanks  ', 'en-US')).toEqual({ ok: true, value: 'Thanks' });
    expect(checkComment(' ', 'fr-CA')).toEqual({
      ok: false,
      problems: [{ field: 'body', message: 'Rédigez un commentaire.' }],
    });
    expect(checkComment('c'.repeat(5001), 'en-US')).toMatchObject({ ok: false });
  });
});

describe('case records', () => {
  it('allows none or one kind of record; an order with one of its lines is one kind', () => {
    expect(checkOneRecord({}, 'en-US')).toBeNull();
    expect(checkOneRecord({ orderId: 'o', orderLineId: 'l' }, 'en-US')).toBeNull();
    expect(checkOneRecord({ productId: 'p' }, 'en-US')).toBeNull();
    expect(checkOneRecord({ orderId: 'o', invoiceId: 'i' }, 'en-US')?.field).toBe('invoiceId');
    expect(checkOneRecord({ orderLineId: 'l', productId: 'p' }, 'en-US')?.field).toBe('productId');
  });
});

describe('attachments', () => {
  const check = (fileName: string, contentType: string, content: Uint8Array) =>
    checkAttachment({ fileName, contentType, content }, 'en-US');

  it('accepts images, PDFs, text and CSV whose content matches the type', () => {
    expect(check('photo.png', 'image/png', PNG)).toEqual({
      ok: true,
      fileName: 'photo.png',
      contentType: 'image/png',
    });
    expect(check('invoice.pdf', 'application/pdf', PDF).ok).toBe(true);
    expect(check('notes.txt', 'text/plain; charset=utf-8', new TextEncoder().encode('Café'))).toMatchObject({
      ok: true,
      contentType: 'text/plain',
    });
    expect(check('lines.csv', 'application/vnd.ms-excel', new TextEncoder().encode('a,b'))).toMatchObject({
      ok: true,
      contentType: 'text/csv',
    });
  });

  it('refuses empty, too large, other types and disguised files', () => {
    expect(check('a.png', 'image/png', new Uint8Array())).toEqual({
      ok: false,
      message: 'The file is empty.',
    });
    expect(check('a.png', 'image/png', new Uint8Array(ATTACHMENT_MAX_BYTES + 1))).toMatchObject({
      ok: false,
      tooLarge: true,
      message: 'An attachment is limited to 10 MB.',
    });
    expect(check('a.exe', 'application/octet-stream', PNG)).toMatchObject({ ok: false });
    expect(check('a.html', 'text/html', new TextEncoder().encode('<p>'))).toMatchObject({ ok: false });
    expect(check('fake.pdf', 'application/pdf', PNG)).toEqual({
      ok: false,
      message: 'The file’s content does not match its type.',
    });
    expect(check('bin.txt', 'text/plain', Uint8Array.from([0x41, 0, 0x42]))).toMatchObject({ ok: false });
    expect(check('bad.txt', 'text/plain', Uint8Array.from([0xc3, 0x28]))).toMatchObject({ ok: false });
  });

  it('keeps only the last part of a path as the name', () => {
    expect(cleanFileName('C:\\Users\\me\\photo "1".png')).toBe('photo 1.png');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(check('   ', 'image/png', PNG)).toMatchObject({ ok: false });
  });
});

describe('case notices', () => {
  it('tell the other side, in their language', () => {
    const event = { kind: 'comment' as const, number: 'CS-00042', subject: 'Broken', actorName: 'Ana' };
    expect(caseNotice(event, 'en-US')).toEqual({
      title: 'Reply on case CS-00042',
      body: 'Ana commented on the case “Broken”.',
    });
    expect(caseNotice(event, 'fr-CA').body).toBe('Ana a commenté le dossier «\u00a0Broken\u00a0».');
  });
});
