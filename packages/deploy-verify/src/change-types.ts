/** The procedure's change types ("Change Types") and what a deploy reads from a change record: the contract's. */
export { CHANGE_TYPES, type ChangeType, type DeployFacts } from '@change-actions/change-record';
