import type { ReactNode, Ref } from 'react';
import './notice.css';

export type NoticeTone = 'info' | 'success' | 'attention' | 'danger';

export interface NoticeProps {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * `alert` interrupts a screen reader (errors that block the person), `status` is polite
   * (confirmation), `none` is static text.
   */
  live?: 'alert' | 'status' | 'none';
  ref?: Ref<HTMLDivElement>;
  className?: string;
}

/** A message in the flow of the page: an error, a confirmation or a note. */
export function Notice({
  tone = 'info',
  title,
  children,
  live = 'none',
  ref,
  className,
}: NoticeProps) {
  const role = live === 'none' ? undefined : live;
  return (
    <div
      ref={ref}
      role={role}
      tabIndex={-1}
      className={['sb-notice', `sb-notice--${tone}`, className ?? ''].filter(Boolean).join(' ')}
    >
      {title ? <p className="sb-notice__title">{title}</p> : null}
      {children ? <div className="sb-notice__body">{children}</div> : null}
    </div>
  );
}

/** An error message for a whole form or page (announced at once). */
export function ErrorNotice({ children, title }: { children: ReactNode; title?: ReactNode }) {
  return (
    <Notice tone="attention" live="alert" title={title}>
      {children}
    </Notice>
  );
}
