/** The page's screens, by URL hash: the library (`#`), its settings (`#settings`) and its trash (`#trash`), so each can be linked and reloaded. */
import { useEffect, useState } from 'preact/hooks';

export type Route = 'library' | 'settings' | 'trash';

const routeOf = (hash: string): Route => (hash === '#settings' ? 'settings' : hash === '#trash' ? 'trash' : 'library');

export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(routeOf(location.hash));
  useEffect(() => {
    const update = (): void => setRoute(routeOf(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
