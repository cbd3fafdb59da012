// Names of the CWEs advisories commonly carry (GitHub answers `cwes: [{cwe_id, name}]`).
const NAMES: Record<string, string> = {
  'CWE-20': 'Improper Input Validation',
  'CWE-22': "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
  'CWE-78': "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
  'CWE-79': "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
  'CWE-89': "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
  'CWE-93': "Improper Neutralization of CRLF Sequences ('CRLF Injection')",
  'CWE-94': "Improper Control of Generation of Code ('Code Injection')",
  'CWE-113': "Improper Neutralization of CRLF Sequences in HTTP Headers ('HTTP Request/Response Splitting')",
  'CWE-120': "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')",
  'CWE-125': 'Out-of-bounds Read',
  'CWE-190': 'Integer Overflow or Wraparound',
  'CWE-200': 'Exposure of Sensitive Information to an Unauthorized Actor',
  'CWE-295': 'Improper Certificate Validation',
  'CWE-338': 'Use of Cryptographically Weak Pseudo-Random Number Generator (PRNG)',
  'CWE-400': 'Uncontrolled Resource Consumption',
  'CWE-407': 'Inefficient Algorithmic Complexity',
  'CWE-416': 'Use After Free',
  'CWE-444': "Inconsistent Interpretation of HTTP Requests ('HTTP Request/Response Smuggling')",
  'CWE-502': 'Deserialization of Untrusted Data',
  'CWE-611': 'Improper Restriction of XML External Entity Reference',
  'CWE-674': 'Uncontrolled Recursion',
  'CWE-770': 'Allocation of Resources Without Limits or Throttling',
  'CWE-787': 'Out-of-bounds Write',
  'CWE-835': "Loop with Unreachable Exit Condition ('Infinite Loop')",
  'CWE-918': 'Server-Side Request Forgery (SSRF)',
  'CWE-1333': 'Inefficient Regular Expression Complexity',
};

export function cweName(id: string): string {
  return NAMES[id] ?? `Weakness ${id}`;
}
