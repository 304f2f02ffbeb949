import { useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '../../gql';

export const UNIT_PEOPLE = graphql(`
  query TrainingUnitPeople($unitId: ID!) {
    cadres(unitId: $unitId, first: 100) {
      nodes {
        id
        fullName
      }
    }
    volunteers(unitId: $unitId, first: 100) {
      nodes {
        id
        fullName
      }
    }
  }
`);

/** Someone the training API names by id, with the unit to look their name up in. */
export interface PersonRef {
  personId: string;
  unitId?: string | null;
}

/**
 * People's names as the API returns them to the caller (the people of each unit named): the
 * training API gives ids only. A name the caller may not read stays absent (the id shows instead).
 */
export function usePersonNames(people: readonly PersonRef[]): Map<string, string> {
  const client = useApolloClient();
  const unitIds = useMemo(() => [...new Set(people.map((person) => person.unitId).filter((id): id is string => !!id))].sort(), [people]);
  const key = unitIds.join('|');
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void Promise.all(
      unitIds.map((unitId) =>
        client
          .query({ query: UNIT_PEOPLE, variables: { unitId }, errorPolicy: 'all' })
          .then((result) => [...(result.data?.cadres.nodes ?? []), ...(result.data?.volunteers.nodes ?? [])])
          .catch(() => []),
      ),
    ).then((lists) => {
      if (!live) return;
      const found = new Map<string, string>();
      for (const person of lists.flat()) if (person.fullName) found.set(person.id, person.fullName);
      setNames(found);
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  return names;
}

/** A person's name, else their id. */
export const nameOf = (names: Map<string, string>, personId: string): string => names.get(personId) ?? personId;

const TRAINER_HOLDERS = graphql(`
  query TrainingTrainerHolders($unitId: ID!, $kindId: ID!) {
    unitQualifications(unitId: $unitId, kindId: $kindId, status: "valid", first: 100) {
      nodes {
        personId
        unitId
        validUntil
      }
    }
  }
`);

/** A holder of a valid trainer qualification, with the unit they trained in (where their name is read). */
export interface TrainerHolder {
  personId: string;
  unitId?: string | null;
  validUntil: string;
}

/** Those of a unit's subtree holding a valid trainer qualification today, of any trainer kind (the API checks a course's own dates). */
export function useTrainerHolders(unitId: string, kinds: readonly { id: string; isTrainerQualification: boolean }[] | undefined): TrainerHolder[] {
  const client = useApolloClient();
  const key = (kinds ?? [])
    .filter((kind) => kind.isTrainerQualification)
    .map((kind) => kind.id)
    .join('|');
  const [holders, setHolders] = useState<TrainerHolder[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(
      key
        .split('|')
        .filter(Boolean)
        .map((kindId) =>
          client
            .query({ query: TRAINER_HOLDERS, variables: { unitId, kindId } })
            .then((result) => result.data?.unitQualifications.nodes ?? [])
            .catch(() => []),
        ),
    ).then((lists) => {
      if (live) setHolders(lists.flat());
    });
    return () => {
      live = false;
    };
  }, [client, unitId, key]);
  return holders;
}
