export const SESSIE_COOKIE = 'woonstart_sessie';
