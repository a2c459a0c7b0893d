/** What the server said is wrong with one field of an input (`ValidationFailed.problems`). */
export interface Problem {
  field: string;
  message: string;
}

/** The messages for exactly this field, joined; undefined when it has none (for an input's `error`). */
export function problemAt(problems: readonly Problem[], field: string): string | undefined {
  const messages = problems.filter((p) => p.field === field).map((p) => p.message);
  return messages.length ? messages.join(' ') : undefined;
}

/**
 * The messages for a field and everything inside it (`tiers[1]`, `tiers[1].value`, …), except the
 * fields shown elsewhere (`except`).
 */
export function problemsUnder(
  problems: readonly Problem[],
  field: string,
  except: readonly string[] = [],
): string[] {
  return problems
    .filter((p) => p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`))
    .filter((p) => !except.includes(p.field))
    .map((p) => p.message);
}

/**
 * The problems no input shows, for a summary above the form: `placed` says which fields have a place
 * of their own (exact names, or patterns such as /^tiers\[\d+\]/).
 */
export function unplacedProblems(
  problems: readonly Problem[],
  placed: ReadonlyArray<string | RegExp>,
): Problem[] {
  return problems.filter(
    (p) => !placed.some((where) => (typeof where === 'string' ? where === p.field : where.test(p.field))),
  );
}
