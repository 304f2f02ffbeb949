/** A unit's figure for a period and key, as the last declaration stated it (none before the first). */
export interface DeclaredValueState {
  declarations: number;
  value?: number;
  note?: string;
}
