import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

function classes(variant: ButtonVariant, block: boolean, extra?: string): string {
  return ['sb-button', `sb-button--${variant}`, block ? 'sb-button--block' : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Full width (the client portal on small screens). */
  block?: boolean;
  /** Shows a busy state and blocks repeat presses. */
  busy?: boolean;
  children: ReactNode;
}

export function Button({
  variant = 'primary',
  block = false,
  busy = false,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={classes(variant, block, className)}
      disabled={disabled ?? busy}
      aria-busy={busy || undefined}
    >
      {busy ? <span className="sb-button__busy" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  block?: boolean;
}

/** A link that looks like a button (for navigation, not actions). */
export function ButtonLink({
  variant = 'primary',
  block = false,
  className,
  ...rest
}: ButtonLinkProps) {
  return <Link {...rest} className={classes(variant, block, className)} />;
}
