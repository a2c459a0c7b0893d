import { quickOrderProblem } from './cart-messages.js';

/**
 * Quick order text: one "SKU, quantity" per line, from a paste or a CSV file. Commas, semicolons, tabs
 * or spaces separate the two; quotes are allowed; a header line (e.g. "sku,quantity") is skipped; blank
 * lines are ignored. Lines that cannot be read are reported with their line number. Pure.
 */
export interface QuickOrderLine {
  line: number;
  sku: string;
  quantity: number;
}

export interface QuickOrderRejected {
  line: number;
  sku: string;
  quantity: number | null;
  message: string;
}

export const MAX_QUICK_ORDER_LINES = 5000;

const HEADER =
  /^\s*"?(sku|item|part|product|code|ugs)"?\s*[,;\t ]\s*"?(qty|quantity|quantité|quantite|qté)"?\s*$/i;

export function parseQuickOrder(
  text: string,
  locale = 'en-US',
): {
  lines: QuickOrderLine[];
  rejected: QuickOrderRejected[];
  tooMany: boolean;
} {
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: QuickOrderLine[] = [];
  const rejected: QuickOrderRejected[] = [];
  let tooMany = false;
  rows.forEach((raw, index) => {
    const lineNumber = index + 1;
    const row = raw.trim();
    if (!row || (index === 0 && HEADER.test(row))) return;
    if (lines.length + rejected.length >= MAX_QUICK_ORDER_LINES) {
      tooMany = true;
      return;
    }
    const match = /^"?([^",;\t]+?)"?\s*(?:[,;\t]|\s+)\s*"?([^",;\t]*?)"?\s*(?:[,;\t].*)?$/.exec(row);
    if (!match) {
      rejected.push({
        line: lineNumber,
        sku: row.slice(0, 100),
        quantity: null,
        message: quickOrderProblem({ kind: 'UNREADABLE' }, locale),
      });
      return;
    }
    const sku = match[1]!.trim();
    const quantityText = match[2]!.trim();
    if (!/^\d{1,7}$/.test(quantityText) || Number(quantityText) < 1) {
      rejected.push({
        line: lineNumber,
        sku: sku.slice(0, 100),
        quantity: null,
        message: quickOrderProblem(
          quantityText
            ? { kind: 'NOT_A_QUANTITY', text: quantityText.slice(0, 20) }
            : { kind: 'NO_QUANTITY' },
          locale,
        ),
      });
      return;
    }
    lines.push({ line: lineNumber, sku, quantity: Number(quantityText) });
  });
  return { lines, rejected, tooMany };
}
