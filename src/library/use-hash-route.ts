/** The page's two screens, by URL hash: the library (`#`) and its settings (`#settings`), so both can be linked and reloaded. */
import { useEffect, useState } from 'preact/hooks';

export type Route = 'library' | 'settings';

const routeOf = (hash: string): Route => (hash === '#settings' ? 'settings' : 'library');

export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(routeOf(location.hash));
  useEffect(() => {
    const update = (): void => setRoute(routeOf(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
