import type { ErrorCode } from '../../shared/errors.js';

/**
 * What a reader sees when something goes wrong, per catalogue code. Plain Dutch (B1), no blame,
 * always a next step. Shown in HTTP error bodies and, for turn errors, in the chat.
 */
export const errorTexts: Readonly<Record<ErrorCode, string>> = {
  'WW-1001': 'De instellingen van de wijkwijzer kloppen niet. Een beheerder moet dit oplossen.',
  'WW-1002': 'Er ontbreekt een instelling. Een beheerder moet dit oplossen.',
  'WW-2001': 'Het verzoek is geen geldige JSON.',
  'WW-2002': 'Het verzoek is te groot.',
  'WW-2003': 'Deze pagina bestaat niet.',
  'WW-2004': 'Het verzoek heeft niet de juiste vorm.',
  'WW-2005': 'Er komen te veel verzoeken binnen. Wacht een minuut en probeer het opnieuw.',
  'WW-2006': 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  'WW-2007': 'Deze handeling kan hier niet.',
  'WW-2008': 'Stuur het verzoek als JSON.',
  'WW-2009': 'De wijkwijzer start even opnieuw. Probeer het over een minuut nog eens.',
  'WW-2101': 'U bent niet aangemeld bij de chat. Laad de pagina opnieuw.',
  'WW-2102': 'Uw chat is verlopen. Laad de pagina opnieuw om verder te gaan.',
  'WW-2103': 'U heeft geen toegang tot dit gesprek.',
  'WW-2104':
    'Dit gesprek bestaat niet (meer). Laad de pagina opnieuw om een nieuw gesprek te starten.',
  'WW-2105': 'Uw bericht is te lang. Maak het korter en stuur het opnieuw.',
  'WW-2106': 'Dit bericht bestaat niet (meer).',
  'WW-2107': 'Dit kan in deze chat niet.',
  'WW-2108': 'Dit verzoek is niet aangemeld.',
  'WW-2109': 'De chat kan nu geen verbinding maken. Probeer het later opnieuw.',
  'WW-3001': 'Iemand anders heeft dit net gewijzigd. Laad opnieuw en probeer het nog eens.',
  'WW-3002': 'De opgeslagen gegevens zijn niet leesbaar. Een beheerder moet dit oplossen.',
  'WW-3003': 'Opslaan lukte niet. Probeer het opnieuw.',
  'WW-3004': 'De wijkwijzer stopt even. Probeer het over een minuut nog eens.',
  'WW-3005':
    'De opslag is al in gebruik door een ander programma. Een beheerder moet dit oplossen.',
  'WW-3006': 'De opslag is twee keer geopend. Een beheerder moet dit oplossen.',
  'WW-3007': 'Opslaan lukte niet door een fout in de wijkwijzer. Een beheerder moet dit oplossen.',
  'WW-9001': 'Sorry, er ging iets mis aan onze kant.',
};
