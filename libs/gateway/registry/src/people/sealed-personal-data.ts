/**
 * A registry event as the gateway's projector hands it to a read model: each personal field,
 * whatever its schema declares, is sealed with its subject's gateway key (a string, see
 * revealThrough and ReadModelCipher), the ERASED marker, or absent. The read models keep the
 * sealed value as it comes and never read it, so they see these fields as `unknown`.
 */
export type WithSealedFields<Event extends { data: object }, Personal extends string> = Event extends unknown
  ? Omit<Event, 'data'> & { data: Omit<Event['data'], Personal> & { readonly [Field in Personal & keyof Event['data']]?: unknown } }
  : never;
