/**
 * The frame around every logged-in page: header (app name, organisation picker for Academy
 * users, the user's name and role, logout) and the left navigation built from routes.tsx.
 * Below 768 px (styles/layout.css) the navigation folds away behind a "Menu" button in the header, so
 * the page's own content comes first on a phone; it folds again after each navigation.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Link, matchPath, useLocation, useNavigate } from 'react-router';
import { navigationFor } from '../routes.tsx';
import { useMe, useSession } from '../session/SessionContext.tsx';
import { useCurrentOrganisation } from '../session/CurrentOrganisationContext.tsx';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { NotificationsBell } from '../features/tasks/NotificationsBell.tsx';
import { PredecessorPicker } from './PredecessorPicker.tsx';
import { PredecessorBanner } from './PredecessorBanner.tsx';

function isActive(entry: { href: string; path: string }, pathname: string): boolean {
  if (entry.href === '/' || entry.path === '/') return pathname === '/';
  return pathname === entry.href || pathname.startsWith(`${entry.href}/`) || matchPath(entry.path, pathname) !== null;
}

export function Layout({ children }: { children: ReactNode }) {
  const me = useMe();
  const { logout } = useSession();
  const { canChoose, choose } = useCurrentOrganisation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [loggingOut, setLoggingOut] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  // A new page starts at its top, as a full page load would, with the phone menu folded.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path change is the trigger
  useEffect(() => {
    window.scrollTo(0, 0);
    setMenuOpen(false);
  }, [pathname]);
  const sections = navigationFor(me);

  const handleLogout = async () => {
    setLoggingOut(true);
    choose(null);
    try {
      await logout();
    } finally {
      setLoggingOut(false);
      navigate('/dang-nhap', { replace: true });
    }
  };

  return (
    <div className="app">
      <a className="skip-link" href="#noi-dung-chinh">
        Bỏ qua đến nội dung chính
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true">
            TCT
          </span>
          <span className="app-header__title">
            Hệ thống điều hành
            <br />
            mạng lưới trường chính trị
          </span>
        </Link>
        <button
          type="button"
          className="app-header__menu button button--small"
          aria-expanded={menuOpen}
          aria-controls="app-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true" className="app-header__menu-icon">
            {menuOpen ? '✕' : '☰'}
          </span>
          Menu
        </button>
        <div className="app-header__context">{canChoose ? <OrganisationPicker /> : <PredecessorPicker />}</div>
        <div className="app-header__user">
          <div className="app-header__user-text">
            <span className="app-header__user-name" data-testid="user-name">
              {me.fullName}
            </span>
            <span className="app-header__user-role">
              {me.roleLabel}
              {canChoose ? ` · ${me.organisation.name}` : ''}
            </span>
          </div>
          <NotificationsBell />
          <button
            type="button"
            className="button button--small"
            onClick={() => void handleLogout()}
            disabled={loggingOut}
          >
            Đăng xuất
          </button>
        </div>
      </header>
      <div className="app-body">
        <nav id="app-nav" className={`app-nav${menuOpen ? ' app-nav--open' : ''}`} aria-label="Điều hướng chính">
          {sections.map((section) => (
            <div key={section.group} className="app-nav__section">
              <p className="app-nav__group">{section.group}</p>
              <ul>
                {section.entries.map((entry) => {
                  const active = isActive(entry, pathname);
                  return (
                    <li key={entry.path}>
                      <Link
                        to={entry.href}
                        className={`app-nav__link${active ? ' app-nav__link--active' : ''}`}
                        aria-current={active ? 'page' : undefined}
                      >
                        {entry.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </nav>
        <main id="noi-dung-chinh" className="app-main" tabIndex={-1}>
          <PredecessorBanner />
          {children}
        </main>
      </div>
    </div>
  );
}
