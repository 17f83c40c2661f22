// Organisation codes as URLs carry them: the /org/<code> path and the exports' `org` parameter.

/** 7-digit DLA codes (old 6-digit subdistrict codes redirect), other forms for imported agencies. */
export const ORG_CODE = /^[A-Za-z0-9_-]{1,40}$/;
