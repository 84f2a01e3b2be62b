import type { ReactNode } from 'react';
import './page-header.css';

export interface PageHeaderProps {
  title: ReactNode;
  /** A short line under the title. */
  description?: ReactNode;
  /** Small text above the title (for example the kind of page). */
  eyebrow?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

export function PageHeader({ title, description, eyebrow, actions, children }: PageHeaderProps) {
  return (
    <header className="sb-page-header">
      <div className="sb-page-header__text">
        {eyebrow ? <p className="sb-page-header__eyebrow">{eyebrow}</p> : null}
        <h1 className="sb-page-header__title">{title}</h1>
        {description ? <p className="sb-page-header__description">{description}</p> : null}
        {children}
      </div>
      {actions ? <div className="sb-page-header__actions">{actions}</div> : null}
    </header>
  );
}
