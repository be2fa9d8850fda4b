import type { Role } from './model';

/** The one description of each role: badge text, codebook and filters all read it from here. */
export const ROLES: Record<Role, { label: string; description: string }> = {
  head_of_state: { label: 'Head of state', description: 'Presidents, monarchs (personal or office accounts)' },
  head_of_government: { label: 'Head of government', description: 'Prime ministers, chancellors' },
  foreign_minister: { label: 'Foreign minister', description: 'Foreign ministers, secretaries of state' },
  foreign_ministry: {
    label: 'Foreign ministry',
    description: 'The ministry itself and its official spokesperson accounts',
  },
  embassy: { label: 'Embassy', description: 'Embassies and high commissions' },
  consulate: { label: 'Consulate', description: 'Consulates and consulates general' },
  ambassador: {
    label: 'Ambassador',
    description: "Ambassadors, high commissioners, consuls general, charges d'affaires, in office",
  },
  mission: { label: 'Mission', description: 'Permanent missions and delegations to an organisation' },
  international_org: { label: 'International organisation', description: 'The organisation or one of its bodies' },
  io_official: {
    label: 'IO official',
    description: 'A leader or spokesperson of an international organisation',
  },
  government: {
    label: 'Government',
    description: 'Any other government body or official speaking for a state',
  },
};
