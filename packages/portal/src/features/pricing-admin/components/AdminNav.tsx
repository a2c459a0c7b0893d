import { Box, Button, Group } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';

interface Section {
  label: string;
  to: string;
  /** Other paths that belong to this section (a book's prices belong to "Price books"). */
  matches: (path: string) => boolean;
}

/** Links between the pricing administration pages, under each page's heading. */
export function AdminNav() {
  const { siteCode } = useShell();
  const { pathname } = useLocation();
  const t = useT();
  const base = `/${siteCode}/admin`;
  const within = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);
  const sections: Section[] = [
    {
      label: t('Price books'),
      to: `${base}/pricing`,
      matches: (path) => path === `${base}/pricing` || within(`${base}/pricing/books`)(path),
    },
    { label: t('Volume tiers'), to: `${base}/pricing/tiers`, matches: within(`${base}/pricing/tiers`) },
    { label: t('Promotions'), to: `${base}/promotions`, matches: within(`${base}/promotions`) },
    { label: t('Import & export'), to: `${base}/catalog-import`, matches: within(`${base}/catalog-import`) },
    { label: t('Audit trail'), to: `${base}/audit`, matches: within(`${base}/audit`) },
  ];
  // On phones the links scroll sideways: bring the current one into view.
  const strip = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = strip.current;
    const current = box?.querySelector<HTMLElement>('[aria-current="page"]');
    if (box && current && current.offsetLeft + current.offsetWidth > box.clientWidth)
      box.scrollLeft = current.offsetLeft - 8;
  }, [pathname]);
  return (
    <Box
      ref={strip}
      component="nav"
      aria-label={t('Pricing administration')}
      mb="lg"
      style={{
        overflowX: 'auto',
        borderBottom: '1px solid var(--mantine-color-default-border)',
        WebkitOverflowScrolling: 'touch',
      }}
    >
      <Group gap={4} wrap="nowrap" pb={6}>
        {sections.map((section) => {
          const active = section.matches(pathname);
          return (
            <Button
              key={section.to}
              component={Link}
              to={section.to}
              size="sm"
              variant={active ? 'light' : 'subtle'}
              color={active ? 'brand' : 'dark'}
              aria-current={active ? 'page' : undefined}
              fw={active ? 600 : 500}
              style={{ flexShrink: 0 }}
            >
              {section.label}
            </Button>
          );
        })}
      </Group>
    </Box>
  );
}
