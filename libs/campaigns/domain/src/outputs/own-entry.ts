/**
 * The entry a record holds under a client-chosen id, own keys only: ids such as `constructor`,
 * `toString` or `__proto__` are valid and must not find what every object inherits.
 */
export const ownEntry = <T>(record: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);
