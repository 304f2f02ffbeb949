/** An event's data as a read model reads it (already validated against its schema by the service). */
export type Data = Record<string, unknown>;

/** `{ field: value }` when the event carries the optional string, else nothing (spread into a document). */
export const optionalString = (data: Data, field: string) => (typeof data[field] === 'string' ? { [field]: data[field] as string } : {});

/** `{ field: value }` when the event carries the optional number, else nothing. */
export const optionalNumber = (data: Data, field: string) => (typeof data[field] === 'number' ? { [field]: data[field] as number } : {});
