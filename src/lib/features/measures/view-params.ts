// Navigation within a page that owns URL parameters besides the scope: its own changes go through navigateView, and
// a scope change from the filter bar (which keeps the page's parameters) drops those that no longer apply.
import { beforeNavigate, goto } from '$app/navigation';

let ownNavigation = false;

/** Navigates to url within the page (replaceState), exactly as given: the parameters it leaves out stay out. */
export function navigateView(url: string): Promise<void> {
  ownNavigation = true;
  return goto(url, { replaceState: true, keepFocus: true, noScroll: true }).finally(() => {
    ownNavigation = false;
  });
}

/**
 * Call during component set-up. When another component (the filter bar) navigates within this page, removes `drop`
 * from the target: the table's page number, which means nothing in another scope, or a parameter the path already
 * decides, such as the province on /province/<code>.
 */
export function dropOnScopeChange(drop: readonly string[]): void {
  beforeNavigate((nav) => {
    if (ownNavigation || nav.type !== 'goto' || !nav.to) return;
    if (nav.to.url.pathname !== location.pathname) return;
    const target = new URL(nav.to.url);
    const present = drop.filter((k) => target.searchParams.has(k));
    if (present.length === 0) return;
    for (const k of present) target.searchParams.delete(k);
    nav.cancel();
    void navigateView(target.pathname + target.search);
  });
}
