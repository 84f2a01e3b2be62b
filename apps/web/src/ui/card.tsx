import { useId, type ReactNode } from 'react';
import './card.css';

export interface CardProps {
  /** A heading names the card as a region for screen readers. */
  title?: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  tone?: 'default' | 'muted' | 'danger';
  className?: string;
  children: ReactNode;
}

export function Card({
  title,
  headingLevel = 2,
  actions,
  tone = 'default',
  className,
  children,
}: CardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['sb-card', `sb-card--${tone}`, className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={title ? id : undefined}
    >
      {title || actions ? (
        <div className="sb-card__header">
          {title ? (
            <Heading id={id} className="sb-card__title">
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="sb-card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
