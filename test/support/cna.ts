// The PSF CNA's policy section as the tests use it: its short name and org id, CPython and pip.
import type { Policy } from '../../actions/lib/domain/policy.js';

/** The PSF's CVE Services org id (as its published records carry it). */
export const PSF_ORG_ID = '28c92f92-d60d-412d-b760-e73465c3df22';

export const CPYTHON_PRODUCT: Policy['cna']['products'][string] = {
  vendor: 'Python Software Foundation',
  product: 'CPython',
  repo: 'https://github.com/python/cpython',
  version_type: 'python',
};

export const PIP_PRODUCT: Policy['cna']['products'][string] = {
  vendor: 'Python Packaging Authority',
  product: 'pip',
  repo: 'https://github.com/pypa/pip',
  version_type: 'python',
  package_url: 'https://pypi.org',
  package_name: 'pip',
};

/** policy.cna for the PSF with CPython (and pip unless `cpythonOnly`); `orgId` for a test's own id. */
export function psfCna(options: { orgId?: string; cpythonOnly?: boolean } = {}): Policy['cna'] {
  return {
    short_name: 'PSF',
    org_id: options.orgId ?? PSF_ORG_ID,
    products: {
      'python/cpython': CPYTHON_PRODUCT,
      ...(options.cpythonOnly ? {} : { 'pypa/pip': PIP_PRODUCT }),
    },
  };
}
