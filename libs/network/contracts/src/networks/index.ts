// The networks area: networks and coalitions, with dated memberships of groups, units and partners.
export * from './network-members';
export * from './network-rights';
export * from './network-vocabulary';
export * from './network.messages';
export * from './networks-error-codes';
