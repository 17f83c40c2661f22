// Whether this page's person is signed in (from the page's server data), shared by the import and review screens.
// The session itself travels in an HttpOnly cookie the page never sees; same-origin requests carry it.

export const admin = $state({ signedIn: false });
