// ajv-formats is CommonJS: under NodeNext its default import is typed as the module object, while at run
// time it is the plugin function. One place unwraps it for the world validator and the conformance suite.
import formats from 'ajv-formats';
import type { Ajv } from 'ajv';

type Plugin = (ajv: Ajv) => Ajv;

export const addFormats: Plugin =
  (formats as unknown as { default?: Plugin }).default ?? (formats as unknown as Plugin);
