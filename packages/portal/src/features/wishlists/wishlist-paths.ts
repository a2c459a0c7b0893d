export function wishlistsPath(siteCode: string): string {
  return `/${siteCode}/lists`;
}

export function wishlistPath(siteCode: string, wishlistId: string): string {
  return `/${siteCode}/lists/${encodeURIComponent(wishlistId)}`;
}
