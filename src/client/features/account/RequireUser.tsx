import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { navigate } from '../../router/router';
import { useStore } from '../../state/create-store';
import { session } from '../../state/session-store';

/** Worker-only screens send to the sign-in page, and back here afterwards. */
export function RequireUser({ children }: { children: ComponentChildren }) {
  const { restored, user } = useStore(session, (s) => s);
  useEffect(() => {
    if (restored && !user) {
      navigate(
        `/connexion?suite=${encodeURIComponent(window.location.pathname + window.location.search)}`,
        { replace: true },
      );
    }
  }, [restored, user]);
  return restored && user ? <>{children}</> : null;
}
