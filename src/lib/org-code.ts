// The form of an organisation code in a URL (/org/<code>, /compare?orgs=…), shared by pages, exports and the browser.

/** Organisation codes: 7-digit DLA codes (old 6-digit subdistrict codes redirect), other forms for imported agencies. */
export const ORG_CODE = /^[A-Za-z0-9_-]{1,40}$/;
