import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { setPageTitle } from './document-title';

// The first page of a visit keeps the browser's focus; after that, each new page moves focus to its
// heading so screen-reader and keyboard users learn the page changed.
let firstPageShown = false;

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links shown on the right (below the title on phones). */
  actions?: ReactNode;
  /** Something above the title, e.g. a back link. */
  above?: ReactNode;
  /** The browser tab's title for this page; defaults to `title` when that is text. */
  documentTitle?: string;
}

/** The page's single h1 with an optional description and actions. */
export function PageHeader({ title, description, actions, above, documentTitle }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const pageTitle = documentTitle ?? (typeof title === 'string' ? title : null);
  useEffect(() => {
    if (pageTitle) setPageTitle(pageTitle);
  }, [pageTitle]);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);
  return (
    <Stack gap={4} mb="lg">
      {above}
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title
            order={1}
            fz={{ base: 24, sm: 30 }}
            ref={heading}
            tabIndex={-1}
            style={{ outline: 'none', overflowWrap: 'anywhere' }}
          >
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
    </Stack>
  );
}
