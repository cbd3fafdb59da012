// What every renderer needs: the store, access rules (for per-viewer fields) and the base URLs.
import type { components } from '@octokit/openapi-types';
import type { Access, Identity } from '../access.js';
import type { Store } from '../store.js';

export type Schemas = components['schemas'];

export interface RenderContext {
  store: Store;
  access: Access;
  /** REST base as the client reached it, e.g. http://127.0.0.1:41234 */
  api: string;
  /** Web base, always https://github.com (html_url fields). */
  html: string;
  viewer: Identity;
}

export const HTML = 'https://github.com';
