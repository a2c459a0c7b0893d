/**
 * A PostgreSQL array literal for one `?::uuid[]` / `?::text[]` parameter. (The ORM's raw queries expand
 * a JS array parameter into a list, so arrays are passed as one literal string instead.)
 */
export function sqlArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
