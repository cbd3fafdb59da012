// GitHub's predefined organization roles. Names are GitHub's; the ids are the simulator's choice (GitHub's
// are fixed numbers too, but psrt-ops must find roles by name, so a test world may move them).
import type { RepoLevel } from '../world/types.js';

export interface PredefinedRole {
  id: number;
  name: string;
  description: string;
  base_role: RepoLevel | null;
}

export const PREDEFINED_ROLES: readonly PredefinedRole[] = [
  {
    id: 8132,
    name: 'all_repo_read',
    description: 'Grants read access to all repositories in the organization.',
    base_role: 'read',
  },
  {
    id: 8133,
    name: 'all_repo_triage',
    description: 'Grants triage access to all repositories in the organization.',
    base_role: 'triage',
  },
  {
    id: 8134,
    name: 'all_repo_write',
    description: 'Grants write access to all repositories in the organization.',
    base_role: 'write',
  },
  {
    id: 8135,
    name: 'all_repo_maintain',
    description: 'Grants maintenance access to all repositories in the organization.',
    base_role: 'maintain',
  },
  {
    id: 8136,
    name: 'all_repo_admin',
    description: 'Grants admin access to all repositories in the organization.',
    base_role: 'admin',
  },
  {
    id: 8147,
    name: 'security_manager',
    description:
      'Security managers can view and manage security alerts and settings across all repositories in the organization, and read every repository.',
    base_role: 'read',
  },
];
