// The identifiers the desks pass around, checked in one place: GitHub's advisory ids (GHSA, in its
// base-32 alphabet without look-alike letters) and CVE IDs (four-digit year, at least four digits).
export const GHSA_ID = /^GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}$/;
export const CVE_ID = /^CVE-\d{4}-\d{4,19}$/;

export function isGhsaId(text: string): boolean {
  return GHSA_ID.test(text);
}

export function isCveId(text: string): boolean {
  return CVE_ID.test(text);
}
