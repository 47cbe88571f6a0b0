import { ROL_LABEL, ROL_ORGANISATIE_TYPE, type OrganisatieType, type Rol } from './rol.model';

/** What the rules need to know of an account. */
export interface AccountStand {
  readonly id: string;
  readonly rol: Rol;
  readonly actief: boolean;
  readonly organisatieType: OrganisatieType;
}

/** A change a beheerder asks for; absent fields stay as they are. */
export interface AccountWijziging {
  readonly rol?: Rol;
  readonly actief?: boolean;
}

export interface AccountBezwaar {
  readonly veld: 'rol' | 'actief';
  readonly melding: string;
}

const TYPE_LABEL: Readonly<Record<OrganisatieType, string>> = {
  gemeente: 'een gemeente',
  woningcorporatie: 'een woningcorporatie',
  zorginstelling: 'een zorginstelling',
  toetsingscommissie: 'de toetsingscommissie',
  regio: 'de regio',
};

/**
 * A role only works in its own kind of organisation: scoping reads the organisation's type and
 * werkgebied (a corporatiemedewerker of a zorginstelling would see nothing, or the wrong things).
 */
export function rolPastBijOrganisatie(rol: Rol, type: OrganisatieType): AccountBezwaar | null {
  if (ROL_ORGANISATIE_TYPE[rol] === type) return null;
  return { veld: 'rol', melding: `De rol ${ROL_LABEL[rol]} hoort bij ${TYPE_LABEL[ROL_ORGANISATIE_TYPE[rol]]}; deze organisatie is ${TYPE_LABEL[type]}.` };
}

/**
 * Whether a beheerder may make this change. Two locks keep the region from locking itself out:
 * nobody blocks or demotes their own account (a slip of the hand would end their session with no
 * way back), and the last active beheerder stays one — without a beheerder nobody can add or
 * unblock accounts any more.
 */
export function beoordeelAccountWijziging(args: {
  readonly account: AccountStand;
  readonly wijziging: AccountWijziging;
  /** The beheerder who asks. */
  readonly doorId: string;
  /** Active beheerders now, this account included if it is one. */
  readonly actieveBeheerders: number;
}): AccountBezwaar | null {
  const { account, wijziging, doorId, actieveBeheerders } = args;
  const nieuweRol = wijziging.rol ?? account.rol;
  const nieuwActief = wijziging.actief ?? account.actief;
  if (account.id === doorId) {
    if (!nieuwActief) return { veld: 'actief', melding: 'U kunt uw eigen account niet blokkeren. Vraag een andere beheerder om dat te doen.' };
    if (nieuweRol !== account.rol) return { veld: 'rol', melding: 'U kunt de rol van uw eigen account niet wijzigen. Vraag een andere beheerder om dat te doen.' };
  }
  if (nieuweRol !== account.rol) {
    const past = rolPastBijOrganisatie(nieuweRol, account.organisatieType);
    if (past) return past;
  }
  const blijftBeheerder = nieuweRol === 'beheerder' && nieuwActief;
  if (account.rol === 'beheerder' && account.actief && !blijftBeheerder && actieveBeheerders <= 1) {
    return {
      veld: nieuwActief ? 'rol' : 'actief',
      melding: 'Dit is de laatste actieve beheerder. Maak eerst een ander account beheerder; anders kan niemand nog accounts toevoegen of deblokkeren.',
    };
  }
  return null;
}
