// The rejected record `psrt cve reject` writes to records/CVE-….json: CVE JSON 5.2's rejected form, with
// the operator's reason (public once applied). Applied by cve-publish when its PR is merged: a reserved
// ID without a record is rejected as an ID (PUT /cve-id/{id}?state=REJECTED), a published record as a
// record (PUT /cve/{id}/reject).
import type { Policy } from '../policy.js';
import type { RecordFile } from './record-file.js';
import { SERVICE_METADATA_FIELDS } from './record-file.js';
import type { CveRejectedRecord } from './types.js';

/** CVE JSON's limit on a rejection reason's text. */
const MAX_REASON = 4096;

/** Why a rejection reason cannot be used, or undefined when it can. */
export function rejectReasonProblem(reason: string): string | undefined {
  const text = reason.trim();
  if (text === '')
    return 'give the reason (--reason "…"): it becomes the public text of the rejected record, e.g. "This candidate was withdrawn by its CNA: not a security issue."';
  if (text.length > MAX_REASON) return `the reason is ${text.length} characters; CVE JSON allows ${MAX_REASON}`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return 'the reason holds control characters';
  return undefined;
}

/**
 * The rejected record of `cveId`. The dates CVE Services set on the file it replaces are kept (they
 * are the ID's history, and the service updates them when the rejection is applied).
 */
export function rejectedRecord(
  cveId: string,
  cna: Policy['cna'],
  reason: string,
  previous?: RecordFile,
): CveRejectedRecord {
  const meta: CveRejectedRecord['cveMetadata'] = {
    cveId,
    assignerOrgId: cna.org_id,
    assignerShortName: cna.short_name,
    state: 'REJECTED',
  };
  const kept = previous?.record.cveMetadata as Record<string, unknown> | undefined;
  for (const field of SERVICE_METADATA_FIELDS) {
    if (field === 'state' || field === 'dateUpdated' || field === 'dateRejected') continue;
    const value = kept?.[field];
    if (typeof value === 'string') (meta as unknown as Record<string, unknown>)[field] = value;
  }
  return {
    dataType: 'CVE_RECORD',
    dataVersion: '5.2',
    cveMetadata: meta,
    containers: {
      cna: {
        providerMetadata: { orgId: cna.org_id, shortName: cna.short_name },
        rejectedReasons: [{ lang: 'en', value: reason.trim() }],
      },
    },
  };
}
