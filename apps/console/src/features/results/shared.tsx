import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const VOLUNTEER_NAME = graphql(`
  query ResultsVolunteerName($id: ID!) {
    volunteer(id: $id) {
      id
      fullName
    }
  }
`);

/** A volunteer's name as the API returns it (null when the role may not see it): the id then. */
export function VolunteerName({ id }: { id: string }) {
  const { data } = useQuery(VOLUNTEER_NAME, { variables: { id } });
  return <>{data?.volunteer?.fullName ?? id}</>;
}

/** An empty table's text in the body colour (the library's placeholder grey fails contrast). */
export function EmptyText({ text }: { text: string }) {
  return <span style={{ color: 'rgba(0, 0, 0, 0.88)' }}>{text}</span>;
}
