import { foldVietnamese } from '@tn/gateway-graphql-kit';
import { unitRows } from './registry-seed-events';
import { ids, type NationalShape } from './national-shape';
import type { ReadQuery } from './reads';

/** What a cadre of a province opens most, on units of the seeded country. */
export function readQueries(shape: NationalShape): ReadQuery[] {
  const p = 6 % shape.provinces;
  const c = p; // the first commune of the province
  const g = c; // the first grassroots unit of the commune
  const commune = unitRows(shape).find((row) => row.unitId === ids.commune(c))!;
  const unitsQuery = 'query Tree($p: ID) { units(parentId: $p, first: 20) { totalCount nodes { id nameVi levelLabel status } } }';
  const activitiesQuery =
    'query Activities($u: ID!) { activities(unitId: $u, status: "completed", first: 20) { totalCount totals { status count } nodes { id name status proposedOn location { unitId } } } }';
  const campaignsQuery =
    'query Campaigns($u: ID!) { campaigns(unitId: $u, status: "open", first: 20) { totalCount nodes { id name status activityCount activityTotals { status count } } } }';
  return [
    { name: 'unit tree: communes of a province', query: unitsQuery, variables: { p: ids.province(p) }, field: 'units' },
    { name: 'unit tree: branches of a commune', query: unitsQuery, variables: { p: ids.commune(c) }, field: 'units' },
    {
      name: 'unit search by a commune name',
      query: 'query Search($q: String!) { searchUnits(query: $q, first: 20) { totalCount nodes { id nameVi } } }',
      variables: { q: foldVietnamese(commune.nameVi.replace('Đoàn xã ', '')) },
      field: 'searchUnits',
    },
    { name: "activity list with totals: a commune's completed", query: activitiesQuery, variables: { u: ids.commune(c) }, field: 'activities' },
    { name: "activity list with totals: a province's completed", query: activitiesQuery, variables: { u: ids.province(p) }, field: 'activities' },
    { name: "campaign list with totals: a province's open", query: campaignsQuery, variables: { u: ids.province(p) }, field: 'campaigns' },
    { name: "campaign list with totals: a commune's open", query: campaignsQuery, variables: { u: ids.commune(c) }, field: 'campaigns' },
    {
      name: 'volunteers of a branch (the volunteer list)',
      query: 'query Volunteers($u: ID!) { volunteers(unitId: $u, first: 20) { totalCount nodes { id fullName phone homeUnitId } } }',
      variables: { u: ids.grassroots(g) },
      field: 'volunteers',
    },
  ];
}
