/**
 * A key for one checkout attempt (8–100 letters, digits or dashes): sent again on a retry so the same
 * attempt never places two orders. `crypto.randomUUID` needs a secure context; plain HTTP falls back to
 * `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
