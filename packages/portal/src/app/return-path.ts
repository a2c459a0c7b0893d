/**
 * The path to go to after signing in: only a path inside the same site is accepted, so a crafted
 * `returnTo` can never send someone to another origin or another site.
 */
export function safeReturnPath(siteCode: string, raw: string | null | undefined): string {
  const home = `/${siteCode}`;
  if (!raw) return home;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return home;
  const pathOnly = raw.split(/[?#]/)[0]!;
  if (pathOnly !== home && !pathOnly.startsWith(`${home}/`)) return home;
  if (pathOnly === `${home}/sign-in`) return home;
  return raw;
}

/** The sign-in URL for a site, remembering where to come back to. */
export function signInPath(siteCode: string, returnTo?: string): string {
  const base = `/${siteCode}/sign-in`;
  if (!returnTo || returnTo === `/${siteCode}`) return base;
  return `${base}?returnTo=${encodeURIComponent(returnTo)}`;
}
