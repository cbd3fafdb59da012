// Paste-ready text for each Cyber Resilience Act step (EU 2024/2847, Art. 14(2)): what the PSRT enters
// on ENISA's single reporting platform. The tool never submits anything (the platform has no API);
// this text goes only to the private ops repo or a terminal. `<…>` marks what only a person knows.
import type { ProductPolicy } from '../policy.js';
import type { CraStep, Exploitation } from '../report-file.js';
import { advisoryUrl } from './advisory.js';
import { CRA_STEP_NAMES, craClocks } from './clocks.js';
import { formatUtcTime } from './time.js';

export interface CraTextInput {
  step: CraStep;
  repo: string;
  ghsaId: string;
  exploitation: Exploitation;
  /** policy.cna.products[repo]: vendor and product as the CVE record names them. */
  product?: Pick<ProductPolicy, 'vendor' | 'product' | 'repo'>;
  cveId: string | null;
  /** GitHub's severity word (low … critical) and the CVSS vector, when set. */
  severity?: string | null;
  cvssVector?: string | null;
  /** The advisory's title. Embargoed: pass it only where the text stays private. */
  title?: string;
  now: Date;
}

const ARTICLE: Record<CraStep, string> = {
  'early-warning': 'Art. 14(2)(a)',
  notification: 'Art. 14(2)(b)',
  final: 'Art. 14(2)(c)',
};

function field(label: string, value: string): string {
  return `${label}: ${value}`;
}

export function craText(input: CraTextInput): string {
  const { step, exploitation: x } = input;
  const clock = craClocks(x, input.now).find((c) => c.step === step)!;
  const product = input.product
    ? `${input.product.product} by ${input.product.vendor} (${input.product.repo})`
    : `${input.repo} (https://github.com/${input.repo})`;
  const vendor = input.product?.vendor ?? '<manufacturer or open-source steward>';
  const cve = input.cveId ?? 'not yet assigned (the PSF CNA assigns one)';
  const severity = [input.severity ?? undefined, input.cvssVector ?? undefined].filter(Boolean).join(', ');
  const aware = `${formatUtcTime(x.aware_at)}${x.approximate ? ' (approximate: when the PSRT first saw the report tagged as exploited)' : ''}`;
  const due =
    clock.due === undefined
      ? 'runs from when a fix is available (record fix_available_at in the report file)'
      : `${formatUtcTime(clock.due)}`;

  const out: string[] = [
    `CRA ${CRA_STEP_NAMES[step]} (${ARTICLE[step]}, Regulation (EU) 2024/2847) — ${input.ghsaId}`,
    field('Due', due),
  ];
  if (x.submitted?.[step]) out.push(field('Recorded as submitted', formatUtcTime(x.submitted[step])));
  out.push('', field('Manufacturer / open-source steward', vendor), field('Product with digital elements', product));
  out.push(
    field('Vulnerability', `${input.ghsaId} (${advisoryUrl(input.repo, input.ghsaId)}, private until published)`),
  );
  out.push(field('CVE', cve));
  if (input.title !== undefined) out.push(field('Summary', input.title.replace(/\s+/g, ' ').trim()));
  out.push(field('Actively exploited', `yes; the PSRT became aware at ${aware}`));

  switch (step) {
    case 'early-warning':
      out.push(
        field(
          'Member States where the product is made available',
          'all EU Member States (distributed worldwide, free of charge, as open-source software)',
        ),
      );
      break;
    case 'notification':
      out.push(
        field('General information on the product', `${product}; affected versions: <versions>`),
        field('General nature of the exploitation', '<how it is being exploited, as far as known>'),
        field(
          'General nature of the vulnerability',
          input.title !== undefined ? '<as in the summary, in a sentence>' : '<in a sentence>',
        ),
        field('Severity', severity || '<not yet scored (CVSS 4.0)>'),
        field(
          'Corrective or mitigating measures taken',
          '<fix under development in the temporary private fork / released in …>',
        ),
        field('Corrective or mitigating measures users can take', '<upgrade to …, or workaround …>'),
        field(
          'Sensitivity of this information',
          '<e.g. embargoed until the advisory is sent to security-announce@python.org>',
        ),
      );
      break;
    case 'final':
      out.push(
        field(
          'Fix available since',
          x.fix_available_at
            ? formatUtcTime(x.fix_available_at)
            : '<not yet: record fix_available_at in the report file>',
        ),
        field(
          'Description of the vulnerability, with its severity and impact',
          `<description>; severity: ${severity || '<CVSS 4.0>'}`,
        ),
        field('Malicious actor exploiting it, where known', '<what is known, or "unknown">'),
        field(
          'Security update or other corrective measures',
          '<fixed versions and release dates; the advisory email and CVE record>',
        ),
      );
      break;
  }
  out.push(
    '',
    "Submit on ENISA's single reporting platform, then record it: npx psrt cra " +
      `${input.ghsaId} --done ${step} --at TIME`,
  );
  return out.join('\n') + '\n';
}
