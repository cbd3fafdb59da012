// What reconcile remembers between runs (RunMemory, kept with its cache): each covered repository's
// private vulnerability reporting and SECURITY.md as last read, re-read every github.recheck_settings_days.
// An apply that enables reporting records it, so the next run does not plan it again.

export function pvrMemoryKey(repo: string): string {
  return `reconcile:pvr:${repo.toLowerCase()}`;
}

export function securityPolicyMemoryKey(repo: string): string {
  return `reconcile:security-policy:${repo.toLowerCase()}`;
}
