import type { Rol } from '@woonstart/domain';

/** Who performs a change: a user, or the system (jobs) with id null. */
export interface Actor {
  readonly id: string | null;
  readonly naam: string;
  readonly rol: Rol | 'systeem';
  readonly organisatieId: string | null;
}
