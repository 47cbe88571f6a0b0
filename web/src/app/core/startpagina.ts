import type { Rol } from '@woonstart/domain';

/** Where each role starts after login. */
export function startpagina(rol: Rol): string {
  switch (rol) {
    case 'regiocoordinator':
    case 'beheerder':
      return '/monitor';
    default:
      return '/zaken';
  }
}
