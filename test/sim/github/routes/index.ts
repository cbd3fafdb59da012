// Every route the simulator serves (the conformance suite derives its case list from this table).
import { advisoryCommentRoutes } from './advisory-comments.js';
import { advisoryRoutes } from './advisories.js';
import { graphqlRoutes } from './graphql.js';
import { issueRoutes } from './issues.js';
import { orgRoutes } from './orgs.js';
import { pullRoutes } from './pulls.js';
import { repoRoutes } from './repos.js';
import { roleRoutes } from './roles.js';
import { statusRoutes } from './statuses.js';
import { teamRoutes } from './teams.js';
import { userRoutes } from './users.js';
import type { Handler } from '../ctx.js';
import type { RouteSpec } from '../router.js';

export const allRoutes: RouteSpec<Handler>[] = [
  ...userRoutes,
  ...orgRoutes,
  ...teamRoutes,
  ...roleRoutes,
  ...repoRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...statusRoutes,
  ...advisoryRoutes,
  ...advisoryCommentRoutes,
  ...graphqlRoutes,
];
