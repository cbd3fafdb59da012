// The people the PSRT world's fixed data names (advisory credits, reviews, teams, invitations…), by
// part. The tests' world casts the fictional people of test/fixtures/config/members.yaml; the demo
// casts the real PSRT, so `npm run demo` reads like the team it serves. A part's key is the fictional
// login that plays it. Reporters and outside experts are fictional in both worlds and are not parts.

export interface Person {
  login: string;
  name: string;
  /** How old the account looks: ids and creation dates of early accounts are older. Default: between. */
  era?: 'early' | 'late';
}

const FIXTURE = {
  // Admins: the two org owners (one holds the `member` token), one with a pending invitation.
  wrenfield: { login: 'wrenfield', name: 'Wren Field' },
  ivyhale: { login: 'ivyhale', name: 'Ivy Hale' },
  hollis: { login: 'hollis', name: 'Hollis Brandt', era: 'early' },
  'nell-ostrander': { login: 'nell-ostrander', name: 'Nell Ostrander', era: 'early' },
  OttoFromOslo: { login: 'OttoFromOslo', name: 'Otto Lund', era: 'late' },
  // Release managers and Steering Council members on the roster.
  hvlier: { login: 'hvlier', name: 'Hendrik van Lier' },
  zbw: { login: 'zbw', name: 'Łucja Zawada', era: 'early' },
  'paloma-qr': { login: 'paloma-qr', name: 'Paloma Quintero Ruiz' },
  marisolq: { login: 'marisolq', name: 'Marisol Quinn', era: 'late' },
  grebe: { login: 'grebe', name: 'Stella Grebe', era: 'early' },
  Tv0k: { login: 'Tv0k', name: 'Tobias Vink', era: 'early' },
  gpmoss: { login: 'gpmoss', name: 'Gideon P. Moss', era: 'early' },
  // Members the scenario gives something to do (or, on purpose, nothing).
  quillon: { login: 'quillon', name: 'Bénédicte Roux', era: 'late' },
  notquitefern: { login: 'notquitefern', name: 'Dorian Fern', era: 'late' },
  dwheeler: { login: 'dwheeler', name: 'Della Wheeler', era: 'early' },
  ox: { login: 'ox', name: 'Oskar Xu' },
  mirarune: { login: 'mirarune', name: 'Mira Rune', era: 'late' },
  thorn: { login: 'thorn', name: 'Thorn Abernathy', era: 'early' },
  JoukeVeld: { login: 'JoukeVeld', name: 'Jouke Veldhuis' },
  nebula7: { login: 'nebula7', name: 'Kasimir Novák', era: 'late' },
  larkspur: { login: 'larkspur', name: 'Lars Kingsley', era: 'early' },
  pmcardle: { login: 'pmcardle', name: 'Paul McArdle' },
  vhorvat: { login: 'vhorvat', name: 'Vesna Horvat' },
  anaghap: { login: 'anaghap', name: 'Anagha Pillai' },
  'taras-hlyb': { login: 'taras-hlyb', name: 'Taras Hlyboka' },
  'tam-two': { login: 'tam-two', name: 'Tamsin Petrie', era: 'early' },
  // A former member who is still in the org.
  clemhaus: { login: 'clemhaus', name: 'Clemens Haus', era: 'early' },
  // Not on the roster: Steering Council members, a person added to the team by hand, pip maintainers
  // (one of them nominated).
  'sunhee-oh': { login: 'sunhee-oh', name: 'Sun-hee Oh' },
  emberlind: { login: 'emberlind', name: 'Ember Lind' },
  bcanto: { login: 'bcanto', name: 'Bruno Canto', era: 'early' },
  vstrand: { login: 'vstrand', name: 'Viktor Strand', era: 'early' },
  pmoorland: { login: 'pmoorland', name: 'Pia Moorland', era: 'early' },
  sbeaulieu: { login: 'sbeaulieu', name: 'Séverine Beaulieu' },
} satisfies Record<string, Person>;

export type Part = keyof typeof FIXTURE;
export type Cast = Record<Part, Person>;

/** The fictional people of test/fixtures/config/members.yaml: what the tests run on. */
export const FIXTURE_CAST: Cast = FIXTURE;

/** The real PSRT and its neighbours, for `npm run demo` and `npm run sim -- --world demo`. */
export const DEMO_CAST: Cast = {
  wrenfield: { login: 'sethmlarson', name: 'Seth Larson' },
  ivyhale: { login: 'ewdurbin', name: 'Ee Durbin' },
  hollis: { login: 'warsaw', name: 'Barry Warsaw', era: 'early' },
  'nell-ostrander': { login: 'ned-deily', name: 'Ned Deily', era: 'early' },
  OttoFromOslo: { login: 'StanFromIreland', name: 'Stan Ulbrych', era: 'late' },
  hvlier: { login: 'hugovk', name: 'Hugo van Kemenade' },
  zbw: { login: 'ambv', name: 'Łukasz Langa', era: 'early' },
  'paloma-qr': { login: 'pablogsal', name: 'Pablo Galindo Salgado' },
  marisolq: { login: 'savannahostrowski', name: 'Savannah Ostrowski', era: 'late' },
  grebe: { login: 'zooba', name: 'Steve Dower', era: 'early' },
  Tv0k: { login: 'Yhg1s', name: 'Thomas Wouters', era: 'early' },
  gpmoss: { login: 'gpshead', name: 'Gregory P. Smith', era: 'early' },
  quillon: { login: 'picnixz', name: 'Bénédikt Tran', era: 'late' },
  notquitefern: { login: 'notatallshaw', name: 'Damian Shaw', era: 'late' },
  dwheeler: { login: 'dstufft', name: 'Donald Stufft', era: 'early' },
  ox: { login: 'di', name: 'Dustin Ingram' },
  mirarune: { login: 'emmatyping', name: 'Emma Smith', era: 'late' },
  thorn: { login: 'glyph', name: 'Glyph Lefkowitz', era: 'early' },
  JoukeVeld: { login: 'JelleZijlstra', name: 'Jelle Zijlstra' },
  nebula7: { login: 'eclips4', name: 'Kirill Podoprigora', era: 'late' },
  larkspur: { login: 'larryhastings', name: 'Larry Hastings', era: 'early' },
  pmcardle: { login: 'paulmcmillan', name: 'Paul McMillan' },
  vhorvat: { login: 'encukou', name: 'Petr Viktorin' },
  anaghap: { login: 'pradyunsg', name: 'Pradyun Gedam' },
  'taras-hlyb': { login: 'serhiy-storchaka', name: 'Serhiy Storchaka' },
  'tam-two': { login: 'tim-one', name: 'Tim Peters', era: 'early' },
  clemhaus: { login: 'tiran', name: 'Christian Heimes', era: 'early' },
  'sunhee-oh': { login: 'corona10', name: 'Donghee Na' },
  emberlind: { login: 'emilyemorehouse', name: 'Emily Morehouse' },
  bcanto: { login: 'brettcannon', name: 'Brett Cannon', era: 'early' },
  vstrand: { login: 'vstinner', name: 'Victor Stinner', era: 'early' },
  pmoorland: { login: 'pfmoore', name: 'Paul Moore', era: 'early' },
  sbeaulieu: { login: 'sbidoul', name: 'Stéphane Bidoul' },
};
