/**
 * Where an event stands against what a read model has already taken from its stream:
 * `duplicate` (that version or a later one is in), `next` (exactly the version expected), or
 * `gap` (an earlier version is missing, so it must wait).
 */
export type StreamOrder = 'duplicate' | 'next' | 'gap';

/** `lastVersion` is 0 when nothing of the stream has been taken yet (versions start at 1). */
export function streamOrderOf(version: number, lastVersion: number): StreamOrder {
  if (version <= lastVersion) return 'duplicate';
  return version === lastVersion + 1 ? 'next' : 'gap';
}
