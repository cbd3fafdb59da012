// CVE JSON 5.2 (config/cve/): the parts of a published record that the CNA desk writes and reads. Field
// names are the format's own. The vendored official schema is the authority; these types only let the
// builder (record.ts), the OSV export and the credits report agree on one shape.

export interface CveText {
  lang: string;
  value: string;
  supportingMedia?: { type: string; base64?: boolean; value: string }[];
}

export type CveVersionStatus = 'affected' | 'unaffected' | 'unknown';

export interface CveVersion {
  version: string;
  status: CveVersionStatus;
  versionType?: string;
  lessThan?: string;
  lessThanOrEqual?: string;
}

export interface CveAffected {
  vendor?: string;
  product?: string;
  collectionURL?: string;
  packageName?: string;
  repo?: string;
  modules?: string[];
  programFiles?: string[];
  programRoutines?: { name: string }[];
  platforms?: string[];
  defaultStatus?: CveVersionStatus;
  versions?: CveVersion[];
}

/** A CVSS object as the record carries it (cvssV4_0 / cvssV3_1): version, vector, base score and severity, plus metric fields. */
export interface CvssObject {
  version: string;
  vectorString: string;
  baseScore: number;
  baseSeverity: 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  [metric: string]: string | number;
}

export interface CveMetric {
  format?: string;
  scenarios?: { lang: string; value: string }[];
  cvssV4_0?: CvssObject;
  cvssV3_1?: CvssObject;
  cvssV3_0?: CvssObject;
  other?: { type: string; content: unknown };
}

export interface CveProblemType {
  descriptions: { lang: string; description: string; cweId?: string; type?: string }[];
}

export type CveCreditType =
  | 'finder'
  | 'reporter'
  | 'analyst'
  | 'coordinator'
  | 'remediation developer'
  | 'remediation reviewer'
  | 'remediation verifier'
  | 'tool'
  | 'sponsor'
  | 'other';

export interface CveCredit {
  lang: string;
  value: string;
  type?: CveCreditType;
  user?: string;
}

export interface CveReference {
  url: string;
  name?: string;
  tags?: string[];
}

export interface CnaContainer {
  providerMetadata: { orgId: string; shortName?: string; dateUpdated?: string };
  title?: string;
  datePublic?: string;
  descriptions: CveText[];
  affected: CveAffected[];
  problemTypes?: CveProblemType[];
  metrics?: CveMetric[];
  credits?: CveCredit[];
  references: CveReference[];
  source?: { discovery?: 'INTERNAL' | 'EXTERNAL' | 'USER' | 'UNKNOWN'; [key: string]: unknown };
  [extension: `x_${string}`]: unknown;
}

export interface CveRecord {
  dataType: 'CVE_RECORD';
  dataVersion: string;
  cveMetadata: {
    cveId: string;
    assignerOrgId: string;
    assignerShortName?: string;
    state: 'PUBLISHED' | 'REJECTED';
    datePublished?: string;
    dateReserved?: string;
    dateUpdated?: string;
  };
  containers: { cna: CnaContainer; adp?: unknown[] };
}

/** The CNA container of a rejected record: why the ID was rejected, nothing about a vulnerability. */
export interface RejectedCnaContainer {
  providerMetadata: { orgId: string; shortName?: string; dateUpdated?: string };
  rejectedReasons: CveText[];
  replacedBy?: string[];
}

/** A rejected record (the schema's second branch): what `psrt cve reject` writes to records/. */
export interface CveRejectedRecord {
  dataType: 'CVE_RECORD';
  dataVersion: string;
  cveMetadata: {
    cveId: string;
    assignerOrgId: string;
    assignerShortName?: string;
    state: 'REJECTED';
    dateReserved?: string;
    datePublished?: string;
    dateUpdated?: string;
    dateRejected?: string;
  };
  containers: { cna: RejectedCnaContainer };
}
