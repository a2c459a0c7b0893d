import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ScrollXProps {
  /** Below this width the content scrolls sideways instead of squashing. */
  minWidth: number;
  /** Names the scrollable region for assistive technology. */
  label: string;
  children: ReactNode;
}

/**
 * A horizontally scrollable region for wide tables on phones: native scrolling (Mantine's
 * ScrollArea would pull in floating-ui just for a merged ref), keyboard-focusable and labelled.
 */
export function ScrollX({ minWidth, label, children }: ScrollXProps) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch' }}
    >
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
