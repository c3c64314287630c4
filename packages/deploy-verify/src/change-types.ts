/** The procedure's change types ("Change Types"), and what a deploy reads from a change record. */
export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export interface ChangeRecordFacts {
  changeType?: ChangeType;
  /** Undefined when the record does not say. */
  rollbackSafe?: boolean;
  /** Why the change cannot be rolled back, in the record's words. */
  rollbackUnsafeReasons: string[];
}
