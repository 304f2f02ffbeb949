// The courses area's deciders (filled in by its issue-14 work).
export {};
