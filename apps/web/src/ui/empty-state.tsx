import type { ReactNode } from 'react';
import './empty-state.css';

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

/** Says plainly that there is nothing here (yet), and what happens next. */
export function EmptyState({ title, children, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="sb-empty-state">
      <svg
        className="sb-empty-state__mark"
        viewBox="0 0 48 48"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="24" cy="24" r="20" fill="none" stroke="currentColor" strokeWidth="2" />
        <path
          d="M16 26c2.5 3 5 4.5 8 4.5s5.5-1.5 8-4.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <Heading className="sb-empty-state__title">{title}</Heading>
      {children ? <div className="sb-empty-state__body">{children}</div> : null}
      {action ? <div className="sb-empty-state__action">{action}</div> : null}
    </div>
  );
}
