import { Link } from 'react-router';
import { useUnitName } from '../../shared/useUnitName';

/** A unit by its name in the current language (its id until the name arrives, or when it may not be read). */
export function UnitLabel({ unitId }: { unitId: string | null | undefined }) {
  return unitId ? <NamedUnit unitId={unitId} /> : <>—</>;
}

function NamedUnit({ unitId }: { unitId: string }) {
  const name = useUnitName(unitId);
  return <Link to={`/units/${unitId}`}>{name || unitId}</Link>;
}
