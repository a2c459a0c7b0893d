/** True when a decimal-string amount is above zero (no float parsing: money stays decimal). */
export function isPositiveAmount(amount: string | null | undefined): boolean {
  if (!amount || amount.trim().startsWith('-')) return false;
  return /^\+?\d*\.?\d*$/.test(amount.trim()) && /[1-9]/.test(amount);
}

/** The file type of a URL from its extension, e.g. PDF; null when it has none. */
export function fileType(url: string): string | null {
  const path = url.split(/[?#]/)[0] ?? '';
  const match = /\.([a-z0-9]{1,5})$/i.exec(path);
  return match ? match[1]!.toUpperCase() : null;
}
