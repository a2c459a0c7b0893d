/**
 * The browser tab's title: "<page> · <site> · Portway". The site part is set by the branding; each page
 * sets its own part through PageHeader, so every route has a distinct title (WCAG 2.4.2).
 */
let siteTitle = 'Portway';

export function setSiteTitle(name: string | null | undefined): void {
  siteTitle = name ? `${name} · Portway` : 'Portway';
  document.title = siteTitle;
}

export function setPageTitle(page: string): void {
  document.title = `${page} · ${siteTitle}`;
}
