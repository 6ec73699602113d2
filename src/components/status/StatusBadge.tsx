/**
 * A delivery log status as the reader meets it everywhere on the site: its label in the console's
 * words, coloured by status (`.status--<status>` in site.css). One markup for the Astro tables, which
 * render it without JavaScript, and for the islands.
 */
import type { HTMLAttributes } from 'react';
import type { LogStatus } from '~/machines/index.ts';

export interface StatusBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  readonly status: LogStatus;
  /** The status's label in the page's language (`labels.logStatus[status]`). */
  readonly label: string | null | undefined;
  readonly 'data-testid'?: string;
}

export function StatusBadge({ status, label, className, ...attributes }: StatusBadgeProps) {
  return (
    <span
      {...attributes}
      className={`status status--${status}${className ? ` ${className}` : ''}`}
      data-status={status}
    >
      {label}
    </span>
  );
}
