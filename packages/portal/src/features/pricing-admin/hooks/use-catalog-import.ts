import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';

export type ImportKind = 'products' | 'prices';

/** The server's report on a CSV file, checked or applied (nothing is applied unless every row is valid). */
export interface ImportReport {
  kind: ImportKind;
  rows: number;
  validRows: number;
  problemCount: number;
  /** The first 1,000 problems, by line. */
  problems: Array<{ line: number; column: string; message: string }>;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportAnswer = { kind: 'report'; report: ImportReport } | { kind: 'refused'; message: string };

/** The largest file the server takes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function isReport(body: unknown): body is ImportReport {
  return (
    typeof body === 'object' &&
    body !== null &&
    'problems' in body &&
    Array.isArray((body as ImportReport).problems) &&
    typeof (body as ImportReport).rows === 'number'
  );
}

/**
 * Sends a CSV file to `/api/imports/<kind>` (same origin, session cookie): checked only, or applied.
 * After an applied import, the cached catalog and prices are dropped so every page reloads them.
 */
export function useCatalogImport() {
  const t = useT();
  const client = useApolloClient();
  const [running, setRunning] = useState<'check' | 'apply' | null>(null);

  async function run(kind: ImportKind, text: string, apply: boolean): Promise<ImportAnswer> {
    setRunning(apply ? 'apply' : 'check');
    try {
      let response: Response;
      try {
        response = await fetch(`/api/imports/${kind}${apply ? '?apply=true' : ''}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'text/csv', 'X-Requested-With': 'portway' },
          body: text,
        });
      } catch (error) {
        return { kind: 'refused', message: describeError(error, t) };
      }
      const body: unknown = await response.json().catch(() => null);
      if ((response.status === 200 || response.status === 422) && isReport(body)) {
        if (body.applied) {
          for (const fieldName of [
            'priceBooks',
            'priceBook',
            'products',
            'product',
            'productBySku',
            'volumeTiers',
            'categories',
            'auditEvents',
          ])
            client.cache.evict({ id: 'ROOT_QUERY', fieldName });
          client.cache.gc();
        }
        return { kind: 'report', report: body };
      }
      if (response.status === 401)
        return { kind: 'refused', message: t('Your session has ended. Please sign in again.') };
      if (response.status === 403) return { kind: 'refused', message: t('You do not have access to this.') };
      if (response.status === 413) return { kind: 'refused', message: t('The file is larger than 20 MB.') };
      const error =
        typeof body === 'object' && body && 'error' in body
          ? String((body as { error: unknown }).error)
          : null;
      return {
        kind: 'refused',
        message:
          error ??
          (response.status >= 500
            ? t('The Portway server had a problem (HTTP {status}). Please try again.', {
                status: response.status,
              })
            : t('The Portway server refused the request (HTTP {status}).', { status: response.status })),
      };
    } finally {
      setRunning(null);
    }
  }
  return { run, running };
}
