/**
 * The content of the toegankelijkheidsverklaring, after the model of the Dutch government
 * (DigiToegankelijk). Kept as data apart from the page so a new measurement or a new known
 * limitation is one edit here; the date says which version of Woonstart it describes.
 */
export interface Beperking {
  readonly id: string;
  readonly titel: string;
  readonly probleem: string;
  readonly eis: string;
  readonly alternatief: string;
  readonly maatregel: string;
}

export interface Verklaring {
  /** DigiToegankelijk status: A and B need a complete WCAG-EM audit, which Woonstart does not have yet. */
  readonly status: string;
  readonly datum: string;
  readonly datumTekst: string;
  readonly tests: readonly string[];
  readonly beperkingen: readonly Beperking[];
}

export const VERKLARING: Verklaring = {
  status: 'C – eerste maatregelen genomen',
  datum: '2026-11-21',
  datumTekst: '21 november 2026',
  tests: [
    'Geautomatiseerd met axe-core op alle WCAG 2.1-regels van niveau A en AA: op elke pagina van Woonstart, voor elke rol die de pagina kan openen, en op elk formulier, elk bevestigingsvenster en elk uitklapbaar onderdeel dat op een pagina opengaat, ook met foutmeldingen in beeld. Een test faalt als er een pagina bij komt die niet wordt gecontroleerd.',
    'Met alleen het toetsenbord: inloggen, een uitstroomverzoek indienen, een zaak vanuit de werkvoorraad openen en er een besluit over nemen, en een woning aanbieden. Daarbij controleren we dat de focus steeds zichtbaar is, dat de link "Direct naar de inhoud" werkt, dat de focus naar een formulier gaat als het opengaat en terugkeert als het sluit, dat Escape een formulier of bevestiging sluit en dat de focus nergens vast komt te zitten.',
    'In de browser Chromium, op een scherm van 1280 bij 900 pixels.',
  ],
  beperkingen: [
    {
      id: 'beperking-pdf',
      titel: 'Brieven en notulen als PDF zijn niet getagd',
      probleem: 'Besluitbrieven, beslissingen op bezwaar, notulen van vergaderingen en de jaarrapportage maakt Woonstart als PDF. Die PDF-bestanden hebben een titel en een taal, maar geen tags voor koppen, lijsten en leesvolgorde. Een schermlezer leest ze daardoor als platte tekst voor.',
      eis: 'WCAG 2.1 succescriterium 1.3.1 (Info en relaties) en 1.3.2 (Betekenisvolle volgorde), voor de PDF-bestanden.',
      alternatief: 'De inhoud van een besluit (uitkomst, route en motivering) staat ook als tekst op de pagina van de zaak. U kunt de brief ook in een andere vorm opvragen bij de gemeente.',
      maatregel: 'Woonstart gaat getagde PDF-bestanden maken (PDF/UA) met koppen, lijsten en leesvolgorde.',
    },
    {
      id: 'beperking-sessie',
      titel: 'De sessie verloopt zonder waarschuwing',
      probleem: 'Uw sessie verloopt 8 uur na het inloggen. Woonstart waarschuwt daar niet vooraf voor en u kunt de sessie niet verlengen. Wat u in een formulier had ingevuld, blijft op het scherm staan, maar opslaan lukt pas nadat u opnieuw bent ingelogd.',
      eis: 'WCAG 2.1 succescriterium 2.2.1 (Timing aanpasbaar).',
      alternatief: 'Schrijft u een lange motivering, kopieer die dan voordat u opslaat. Log aan het begin van uw werkdag opnieuw in.',
      maatregel: 'Woonstart gaat twee minuten voor het verlopen van de sessie waarschuwen en laat u de sessie verlengen.',
    },
    {
      id: 'beperking-onderzoek',
      titel: 'Nog niet getest met hulpmiddelen en door gebruikers met een beperking',
      probleem: 'Geautomatiseerde controles vinden ongeveer een derde van de mogelijke problemen. Woonstart is nog niet getest met schermlezers (zoals NVDA, JAWS en VoiceOver), met spraakbediening en met vergroting tot 400 procent, en nog niet door gebruikers met een beperking. Of bijvoorbeeld alle foutmeldingen en statusberichten goed worden voorgelezen, weten we daardoor nog niet zeker.',
      eis: 'Alle succescriteria die een mens moet beoordelen, zoals 1.3.1 (Info en relaties), 1.4.10 (Reflow), 2.4.6 (Koppen en labels) en 4.1.3 (Statusberichten).',
      alternatief: 'Meld het ons als iets niet werkt met uw hulpmiddel; we helpen u dan de informatie of dienst op een andere manier te krijgen.',
      maatregel: 'Een volledig onderzoek volgens WCAG-EM door een onafhankelijke deskundige, met tests met hulpmiddelen.',
    },
    {
      id: 'beperking-documenten',
      titel: 'Documenten die gebruikers toevoegen',
      probleem: 'Bij een zaak kunnen gebruikers documenten toevoegen, zoals verslagen en verklaringen. Woonstart controleert niet of die documenten toegankelijk zijn.',
      eis: 'Alle succescriteria, voor de toegevoegde documenten.',
      alternatief: 'Vraag de organisatie die het document heeft toegevoegd om een toegankelijke versie.',
      maatregel: 'De handleiding voor gebruikers vraagt om toegankelijke documenten (getagde PDF of tekst).',
    },
  ],
};
