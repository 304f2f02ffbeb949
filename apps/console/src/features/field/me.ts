import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const FIELD_ME = graphql(`
  query FieldMe {
    me {
      accountId
      kind
      personId
      grants {
        role
        unitId
      }
    }
  }
`);

/** Roles that take attendance over a unit's shifts (libs/shared/auth: campaigns:record-attendance). */
const ATTENDANCE_ROLES = new Set(['group-leader', 'unit-manager']);
/** Roles that read a unit's activities and shifts (campaigns:read). */
const READ_ROLES = new Set(['group-leader', 'unit-manager', 'trainer', 'analyst']);

export function useFieldMe() {
  const { data, loading, error } = useQuery(FIELD_ME);
  const me = data?.me;
  const unitsWith = (roles: Set<string>) => [
    ...new Set((me?.grants ?? []).filter((grant) => grant.unitId && roles.has(grant.role)).map((grant) => grant.unitId as string)),
  ];
  return { me, loading, error, attendanceUnits: unitsWith(ATTENDANCE_ROLES), readUnits: unitsWith(READ_ROLES) };
}
