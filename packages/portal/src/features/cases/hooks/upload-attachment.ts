import type { TFunction } from '../../../app/i18n';

/** Largest file a case takes (the server refuses more). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What the file input offers; the server checks the content too. */
export const ATTACHMENT_ACCEPT =
  'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.csv,.txt';

const ALLOWED = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/vnd.ms-excel',
]);

/** A problem with a chosen file, found before uploading it; null when it may go. */
export function attachmentProblem(file: File, t: TFunction): string | null {
  if (file.size === 0) return t('The file is empty.');
  if (file.size > MAX_ATTACHMENT_BYTES) return t('An attachment is limited to 10 MB.');
  const type =
    file.type || (/\.csv$/i.test(file.name) ? 'text/csv' : /\.txt$/i.test(file.name) ? 'text/plain' : '');
  if (!ALLOWED.has(type)) return t('Attach an image (PNG, JPEG, GIF, WebP), a PDF, a text or a CSV file.');
  return null;
}

/**
 * Uploads a file to a case over plain HTTP (`POST /api/cases/:caseId/attachments`, session cookie and
 * the X-Requested-With header); resolves to null when stored, else the server's reason in words.
 */
export async function uploadAttachment(
  caseId: string,
  file: File,
  t: TFunction,
  commentId?: string | null,
): Promise<string | null> {
  const problem = attachmentProblem(file, t);
  if (problem) return problem;
  const query = new URLSearchParams({ fileName: file.name });
  if (commentId) query.set('commentId', commentId);
  const type = file.type || (/\.csv$/i.test(file.name) ? 'text/csv' : 'text/plain');
  try {
    const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/attachments?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': type, 'X-Requested-With': 'portway' },
      body: file,
    });
    if (response.ok) return null;
    let body: { error?: string } = {};
    try {
      body = (await response.json()) as { error?: string };
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    return body.error ?? t('The file could not be attached (HTTP {status}).', { status: response.status });
  } catch {
    return t('We can’t reach the Portway server. Check your connection and try again.');
  }
}
