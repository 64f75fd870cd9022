import { useEffect, useState } from 'preact/hooks';

/** The path the app shows; a tiny history router, since the service worker serves every route. */
const listeners = new Set<(path: string) => void>();

export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentPath()) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener(currentPath());
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onPop = () => setPath(currentPath());
    listeners.add(setPath);
    window.addEventListener('popstate', onPop);
    return () => {
      listeners.delete(setPath);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return path;
}

export type Route =
  | { name: 'home' }
  | { name: 'directory' }
  | { name: 'service'; id: string }
  | { name: 'family' }
  | { name: 'family-service'; id: string }
  | { name: 'sign-in' }
  | { name: 'activity' }
  | { name: 'new-log' }
  | { name: 'edit-log'; id: string }
  | { name: 'not-found' };

export function matchRoute(path: string): Route {
  const pathname = path.split('?')[0] ?? '/';
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (pathname === '/annuaire') return { name: 'directory' };
  const service = /^\/annuaire\/services\/([^/]+)$/.exec(pathname);
  if (service?.[1]) return { name: 'service', id: decodeURIComponent(service[1]) };
  if (pathname === '/familles') return { name: 'family' };
  const familyService = /^\/familles\/services\/([^/]+)$/.exec(pathname);
  if (familyService?.[1])
    return { name: 'family-service', id: decodeURIComponent(familyService[1]) };
  if (pathname === '/connexion') return { name: 'sign-in' };
  if (pathname === '/activite') return { name: 'activity' };
  if (pathname === '/activite/nouvelle') return { name: 'new-log' };
  const edit = /^\/activite\/([0-9a-f-]{36})\/modifier$/.exec(pathname);
  if (edit?.[1]) return { name: 'edit-log', id: edit[1] };
  return { name: 'not-found' };
}
