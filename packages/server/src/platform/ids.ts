/**
 * Opaque IDs: clients see base64url("Type:uuid"), never a raw database key, and an ID of one type
 * cannot be used where another is expected.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The database key behind an opaque ID, or null when the ID is malformed or of another type. */
export function fromGlobalId(type: string, globalId: string): string | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0 || decoded.slice(0, sep) !== type) return null;
  const id = decoded.slice(sep + 1);
  return UUID.test(id) ? id : null;
}
