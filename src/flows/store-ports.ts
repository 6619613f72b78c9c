// What the flows take from the store, in one place: the tenant scope, flow
// state and stored rows they read, and the errors they answer. These are the
// core's ports in all but their address; once src/core declares them, this file
// re-exports them from there (and test/architecture.test.ts drops its entries).
export type { Contribution } from '../store/contribution-store';
export type { DraftEntry } from '../store/draft-store';
export { NameTakenError, VersionConflictError } from '../store/errors';
export type { FlowState, JsonObject, TenantScope } from '../store/turn-store';
