export function notificationsPath(siteCode: string): string {
  return `/${siteCode}/notifications`;
}
