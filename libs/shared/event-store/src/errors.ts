/** Another command appended to the stream first: re-decide on fresh state. */
export class ConcurrencyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(`stream ${streamId} moved past version ${expectedVersion}`);
    this.name = 'ConcurrencyConflictError';
  }
}

/** A subject's personal-data key was destroyed; nothing personal may be written for it again. */
export class SubjectErasedError extends Error {
  constructor(readonly subjectId: string) {
    super(`personal data of subject ${subjectId} was erased`);
    this.name = 'SubjectErasedError';
  }
}
