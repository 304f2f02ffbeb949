// Read contracts: what the read side legitimately shares with the domain (vocabularies, value
// types, pure calculations over recorded facts). The domain decides; these only describe and compute.
export * from './activity-statuses';
export * from './area-flags';
export * from './attendance-hours';
export * from './attendance-records';
export * from './awards';
export * from './campaign-domains';
export * from './certificate-criteria';
export * from './output-measures';
export * from './shift-roles';
export * from './weekly-template';
