import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import { Loading } from '../shared/Loading';
import { ME } from './me';

/** Where "/" leads: a volunteer's own page (a team leader's day's shifts), a cadre's unit tree. */
export default function HomeRedirect() {
  const { data, error } = useQuery(ME);
  if (!data && !error) return <Loading />;
  const me = data?.me;
  if (me?.kind !== 'volunteer') return <Navigate to="/units" replace />;
  const leadsTeam = me.grants.some((grant) => grant.unitId && (grant.role === 'group-leader' || grant.role === 'unit-manager'));
  return <Navigate to={leadsTeam ? '/field/today' : '/field/me'} replace />;
}
