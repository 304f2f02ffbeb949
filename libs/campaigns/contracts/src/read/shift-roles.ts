/**
 * What a role asks of its volunteers. A restricted role (`requiresApproval`) puts each sign-up
 * in pending approval until a cadre approves it. `waitlist: false` makes a full shift refuse sign-ups.
 */
export interface ShiftRole {
  roleId: string;
  name: string;
  requiredSkills: string[];
  minimumAge?: number;
  requiresApproval: boolean;
}
