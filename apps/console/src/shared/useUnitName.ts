import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

const UNIT_NAME = graphql(`
  query UnitName($id: ID!) {
    unit(id: $id) {
      id
      nameVi
      nameEn
    }
  }
`);

/** A unit's name in the current language (Vietnamese when it has no English name). */
export function useUnitName(unitId: string): string {
  const { i18n } = useTranslation();
  const { data } = useQuery(UNIT_NAME, { variables: { id: unitId } });
  const unit = data?.unit;
  if (!unit) return '';
  return i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi;
}
