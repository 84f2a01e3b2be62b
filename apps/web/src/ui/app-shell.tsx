import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import './app-shell.css';

export interface NavItem {
  to: string;
  label: string;
  /** Other address prefixes under which this item is the current place. */
  also?: readonly string[];
  /** A small count after the label (for example open alerts), with its text for screen readers. */
  badge?: { text: string; label: string; tone?: 'danger' };
}

function isCurrent(pathname: string, item: NavItem): boolean {
  if (pathname === item.to || pathname.startsWith(`${item.to}/`)) return true;
  return item.also?.some((prefix) => pathname.startsWith(prefix)) ?? false;
}

export interface AppShellProps {
  skipLinkLabel: string;
  /** The practice (or product) name at the start of the top bar. */
  brand: ReactNode;
  brandTo: string;
  nav?: readonly NavItem[];
  navLabel?: string;
  /** The signed-in person and the sign-out button. */
  account?: ReactNode;
  /** A line above the page (for example the demo notice). */
  banner?: ReactNode;
  footer: ReactNode;
  /** `narrow` centres a reading column (sign-in, the client portal). */
  width?: 'wide' | 'narrow';
  children: ReactNode;
}

/**
 * The frame of every page: skip link, top bar, one <main>, footer. After a client-side page
 * change, focus moves to <main> so keyboard and screen reader users start at the new page.
 */
export function AppShell({
  skipLinkLabel,
  brand,
  brandTo,
  nav,
  navLabel,
  account,
  banner,
  footer,
  width = 'wide',
  children,
}: AppShellProps) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="sb-shell">
      <a className="sb-shell__skip" href="#main">
        {skipLinkLabel}
      </a>
      <header className="sb-shell__bar">
        <div className="sb-shell__bar-inner">
          <Link to={brandTo} className="sb-shell__brand">
            <svg
              className="sb-shell__logo"
              viewBox="0 0 32 32"
              aria-hidden="true"
              focusable="false"
            >
              <path
                d="M16 3 4 9v7c0 7 5 11.5 12 13 7-1.5 12-6 12-13V9L16 3z"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.2"
                strokeLinejoin="round"
              />
              <path
                d="M16 21s-5-3-5-6.5a2.8 2.8 0 0 1 5-1.7 2.8 2.8 0 0 1 5 1.7C21 18 16 21 16 21z"
                fill="currentColor"
              />
            </svg>
            <span>{brand}</span>
          </Link>
          {nav && nav.length > 0 ? (
            <nav className="sb-shell__nav" aria-label={navLabel}>
              <ul>
                {nav.map((item) => (
                  <li key={item.to}>
                    <Link
                      to={item.to}
                      className="sb-shell__nav-link"
                      aria-current={isCurrent(pathname, item) ? 'page' : undefined}
                    >
                      {item.label}
                      {item.badge ? (
                        <>
                          <span
                            className={
                              item.badge.tone === 'danger'
                                ? 'sb-shell__nav-badge sb-shell__nav-badge--danger'
                                : 'sb-shell__nav-badge'
                            }
                            aria-hidden="true"
                          >
                            {item.badge.text}
                          </span>
                          <span className="sb-visually-hidden">, {item.badge.label}</span>
                        </>
                      ) : null}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {account ? <div className="sb-shell__account">{account}</div> : null}
        </div>
      </header>
      {banner ? <div className="sb-shell__banner">{banner}</div> : null}
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className={width === 'narrow' ? 'sb-shell__main sb-shell__main--narrow' : 'sb-shell__main'}
      >
        {children}
      </main>
      <footer className="sb-shell__footer">
        <div className="sb-shell__footer-inner">{footer}</div>
      </footer>
    </div>
  );
}
