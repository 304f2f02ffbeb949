import { allows, type Grant } from './permissions';

/** A volunteer's personal fields that some API field shows (the national id is kept only in the registry's events). */
const SHOWN_PERSONAL_FIELDS = ['fullName', 'dateOfBirth', 'phone', 'email'] as const;
/** What a team captain needs to call their volunteers: who they are and how to reach them. */
const CONTACT_FIELDS = ['fullName', 'phone', 'email'] as const;

/**
 * The personal fields of a volunteer (of the home unit whose lineage is given) a caller may
 * see, in reads and in subject exports alike (the person themself sees everything): those who
 * manage the record see all that the API shows; those who may only read personal data (group
 * leaders) see the contact fields; anyone else none.
 */
export function personalFieldsShown(grants: readonly Grant[], unitLineage: readonly string[]): readonly string[] {
  if (allows(grants, 'volunteers:write', unitLineage)) return SHOWN_PERSONAL_FIELDS;
  if (allows(grants, 'volunteers:read-personal', unitLineage)) return CONTACT_FIELDS;
  return [];
}
