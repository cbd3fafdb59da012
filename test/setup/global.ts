// Global test setup: nothing shared yet; services (Mailman) are started by the suites that need them.
export default function setup(): void {}
