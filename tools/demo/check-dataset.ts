import type { DemoDataset, DemoUnit } from './demo-dataset';

/**
 * Sanity checks of the demo dataset, run by the loader before it sends anything. Pure: returns
 * the problems found (empty when the dataset is sound). Messages name ids, never personal data.
 */
export function checkDataset(dataset: DemoDataset): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(message);
  const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

  // Units: unique demo ids, parents created earlier in the list and existing on the child's start date.
  const unitsById = new Map<string, { from: string; endsOn?: string }>();
  const addUnit = (unitId: string, from: string, where: string) => {
    if (!unitId.startsWith('demo-')) problem(`${where}: unit id ${unitId} does not start with "demo-"`);
    if (unitsById.has(unitId)) problem(`${where}: unit id ${unitId} is used twice`);
    if (!isDate(from)) problem(`${where}: unit ${unitId} has a bad date ${from}`);
    unitsById.set(unitId, { from });
  };
  const activeOn = (unitId: string, date: string) => {
    const unit = unitsById.get(unitId);
    return unit !== undefined && unit.from <= date && (unit.endsOn === undefined || date < unit.endsOn);
  };
  const requireParent = (unit: Pick<DemoUnit, 'parentId'>, unitId: string, date: string, where: string) => {
    if (unit.parentId === null) return;
    if (!unitsById.has(unit.parentId)) problem(`${where}: parent ${unit.parentId} of ${unitId} is not created before it`);
    else if (!activeOn(unit.parentId, date)) problem(`${where}: parent ${unit.parentId} of ${unitId} is not active on ${date}`);
  };
  for (const unit of dataset.units) {
    requireParent(unit, unit.unitId, unit.effectiveFrom, 'units');
    addUnit(unit.unitId, unit.effectiveFrom, 'units');
    if (!unit.nameVi.trim() || !unit.levelLabel.trim()) problem(`units: ${unit.unitId} needs a Vietnamese name and a level label`);
  }
  for (const merge of dataset.merges) {
    const successorId = 'existingUnitId' in merge.successor ? merge.successor.existingUnitId : merge.successor.newUnitId;
    if (merge.sourceUnitIds.length < ('existingUnitId' in merge.successor ? 1 : 2)) problem(`merges: the merge into ${successorId} has too few sources`);
    for (const sourceId of merge.sourceUnitIds) {
      if (!activeOn(sourceId, merge.effectiveFrom)) problem(`merges: source ${sourceId} is not active on ${merge.effectiveFrom}`);
    }
    if ('existingUnitId' in merge.successor) {
      if (!activeOn(successorId, merge.effectiveFrom)) problem(`merges: successor ${successorId} is not active on ${merge.effectiveFrom}`);
    } else {
      requireParent(merge.successor, successorId, merge.effectiveFrom, 'merges');
      addUnit(successorId, merge.effectiveFrom, 'merges');
    }
    for (const sourceId of merge.sourceUnitIds) {
      const source = unitsById.get(sourceId);
      if (source) source.endsOn = merge.effectiveFrom;
    }
  }
  for (const rename of dataset.renames) {
    if (!activeOn(rename.unitId, rename.effectiveFrom)) problem(`renames: ${rename.unitId} is not active on ${rename.effectiveFrom}`);
  }

  // Cadres: unique ids; each step names a registered cadre, an active unit and a known position.
  const cadreIds = new Set<string>();
  for (const cadre of dataset.cadres) {
    if (!cadre.cadreId.startsWith('demo-')) problem(`cadres: id ${cadre.cadreId} does not start with "demo-"`);
    if (cadreIds.has(cadre.cadreId)) problem(`cadres: id ${cadre.cadreId} is used twice`);
    cadreIds.add(cadre.cadreId);
    if (!activeOn(cadre.registeringUnitId, cadre.registeredOn))
      problem(`cadres: unit ${cadre.registeringUnitId} of ${cadre.cadreId} is not active on ${cadre.registeredOn}`);
  }
  const positions = new Map<string, { cadreId: string; open: boolean }>();
  for (const step of dataset.cadreSteps) {
    if (!cadreIds.has(step.cadreId)) problem(`cadreSteps: ${step.type} names unknown cadre ${step.cadreId}`);
    const position = positions.get(step.positionId);
    if (step.type === 'AppointCadre') {
      if (position) problem(`cadreSteps: position ${step.positionId} is appointed twice`);
      if (!activeOn(step.unitId, step.termStart)) problem(`cadreSteps: unit ${step.unitId} of ${step.positionId} is not active on ${step.termStart}`);
      positions.set(step.positionId, { cadreId: step.cadreId, open: true });
      continue;
    }
    if (!position || position.cadreId !== step.cadreId || !position.open) {
      problem(`cadreSteps: ${step.type} names position ${step.positionId}, which ${step.cadreId} does not hold open`);
    } else if (step.type === 'TransferCadre' && !activeOn(step.toUnitId, step.effectiveFrom)) {
      problem(`cadreSteps: unit ${step.toUnitId} is not active on ${step.effectiveFrom}`);
    } else if (step.type === 'EndCadreTerm') {
      position.open = false;
    }
  }

  // Volunteers: unique ids, an active home unit, explicit registry consent, a guardian for minors.
  const volunteerIds = new Set<string>();
  for (const volunteer of dataset.volunteers) {
    const id = volunteer.volunteerId;
    if (!id.startsWith('demo-')) problem(`volunteers: id ${id} does not start with "demo-"`);
    if (volunteerIds.has(id)) problem(`volunteers: id ${id} is used twice`);
    volunteerIds.add(id);
    if (!isDate(volunteer.dateOfBirth) || !isDate(volunteer.registeredOn)) problem(`volunteers: ${id} has a bad date`);
    if (!activeOn(volunteer.homeUnitId, volunteer.registeredOn))
      problem(`volunteers: home unit ${volunteer.homeUnitId} of ${id} is not active on ${volunteer.registeredOn}`);
    if (!volunteer.email.endsWith('.example')) problem(`volunteers: ${id} has an e-mail address outside the reserved .example domain`);
    if (!volunteer.consents.some((consent) => consent.purpose === 'registry')) problem(`volunteers: ${id} has no registry consent`);
    if (ageOn(volunteer.dateOfBirth, volunteer.registeredOn) < 18 && volunteer.consents.some((consent) => !consent.guardian)) {
      problem(`volunteers: ${id} is a minor on ${volunteer.registeredOn} and needs a guardian on every consent`);
    }
  }
  for (const change of dataset.homeUnitChanges) {
    if (!volunteerIds.has(change.volunteerId)) problem(`homeUnitChanges: unknown volunteer ${change.volunteerId}`);
    if (!activeOn(change.homeUnitId, change.effectiveFrom)) problem(`homeUnitChanges: ${change.homeUnitId} is not active on ${change.effectiveFrom}`);
  }

  // Accounts: unique usernames, long passwords, scopes that exist, people that exist.
  const usernames = new Set<string>();
  for (const account of dataset.accounts) {
    const name = account.username;
    if (usernames.has(name)) problem(`accounts: username ${name} is used twice`);
    usernames.add(name);
    if (!/^[a-z0-9._@-]{3,64}$/.test(name)) problem(`accounts: username ${name} is not a valid username`);
    if (account.password.length < 10) problem(`accounts: the password of ${name} is shorter than 10 characters`);
    for (const grant of account.roles) {
      if ((grant.role === 'system-admin') !== (grant.unitId === null)) problem(`accounts: ${name} has ${grant.role} with a wrong scope`);
      if (grant.unitId !== null && !unitsById.has(grant.unitId)) problem(`accounts: ${name} names unknown unit ${grant.unitId}`);
    }
    if (account.personId !== undefined) {
      const known = account.kind === 'volunteer' ? volunteerIds.has(account.personId) : cadreIds.has(account.personId);
      if (!known) problem(`accounts: ${name} names unknown ${account.kind} ${account.personId}`);
    }
  }

  // Ethnicity is never stored per person: no such field anywhere (the unit flag `ethnicMinority` excepted).
  for (const path of fieldsNamedLikeEthnicity(dataset, 'dataset')) problem(`${path}: no field may record ethnicity`);
  return problems;
}

export function ageOn(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return date.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}

function fieldsNamedLikeEthnicity(value: unknown, path: string, parentKey = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsNamedLikeEthnicity(item, `${path}[${index}]`, parentKey));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const allowedFlag = parentKey === 'flags' && key === 'ethnicMinority';
    const suspicious = !allowedFlag && /ethnic|dantoc|dan_toc|nation(ality)?$/i.test(key);
    return [...(suspicious ? [`${path}.${key}`] : []), ...fieldsNamedLikeEthnicity(child, `${path}.${key}`, key)];
  });
}
