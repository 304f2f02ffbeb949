let version = 0;

/** An envelope as the projector receives it (its data unchecked here: `never` lets any shape in). */
export const envelope = (type: string, data: Record<string, unknown>, streamId = 's') =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}` }) as never;
