// Keeps a page's own URL parameters (table filters, sort) when the shared filter bar changes the scope, which rebuilds the URL from the scope alone.
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
 * Call during component set-up. When another component navigates within this page (the filter bar), carries over
 * `keep` from the current URL and removes `drop` (parameters the path already decides, such as the province).
 */
export function keepViewParams(keep: readonly string[], drop: readonly string[] = []): void {
  beforeNavigate((nav) => {
    if (ownNavigation || nav.type !== 'goto' || !nav.to) return;
    // The address bar, not page.url: a shallow replaceState (the province table's sort) changes only the former.
    const current = new URL(location.href);
    if (nav.to.url.pathname !== current.pathname) return;
    const target = new URL(nav.to.url);
    let changed = false;
    for (const k of keep) {
      const v = current.searchParams.get(k);
      if (v !== null && !target.searchParams.has(k)) {
        target.searchParams.set(k, v);
        changed = true;
      }
    }
    for (const k of drop) {
      if (target.searchParams.has(k)) {
        target.searchParams.delete(k);
        changed = true;
      }
    }
    if (!changed) return;
    nav.cancel();
    void navigateView(target.pathname + target.search);
  });
}
