// The roster and policy every test runs on: fictional, in test/fixtures/config, never the live
// top-level files (a nomination there must not break a test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_CONFIG_DIR = join(import.meta.dirname, '../fixtures/config');
export const FIXTURE_MEMBERS_PATH = join(FIXTURE_CONFIG_DIR, 'members.yaml');
export const FIXTURE_POLICY_PATH = join(FIXTURE_CONFIG_DIR, 'policy.yaml');

/** The fixture roster and policy, as text. */
export function fixtureConfig(): { members: string; policy: string } {
  return { members: readFileSync(FIXTURE_MEMBERS_PATH, 'utf8'), policy: readFileSync(FIXTURE_POLICY_PATH, 'utf8') };
}

/** A fixture file as the config loader takes it, under the name the jobs give it. */
export function fixtureSource(name: 'members.yaml' | 'policy.yaml'): { file: string; bytes: Buffer } {
  return { file: name, bytes: readFileSync(join(FIXTURE_CONFIG_DIR, name)) };
}
