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
  'WW-4001': 'De sociale kaart bevat fouten. Een beheerder moet dit oplossen.',
  'WW-4002': 'De wijkwijzer is nog aan het opstarten. Probeer het over een minuut nog eens.',
  'WW-4003': 'De map met de sociale kaart is niet te lezen. Een beheerder moet dit oplossen.',
  'WW-4004': 'De schemabestanden konden niet worden opgeslagen. Een beheerder moet dit oplossen.',
  'WW-5001': 'De zoekvraag heeft niet de juiste vorm.',
  'WW-5002': 'Een gemiste vraag kon niet worden geteld. Een beheerder moet dit oplossen.',
  'WW-6001': 'Deze vraag is niet gevonden. Misschien is hij al verwijderd.',
  'WW-6002':
    'Iemand anders heeft deze vraag net gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.',
  'WW-6003': 'Deze stap kan nu niet. De vraag staat al in een andere fase.',
  'WW-6004': 'Kies eerst hoe de vraag is afgerond.',
  'WW-6005':
    'U mag deze stap niet doen. Alleen wie de vraag heeft opgepakt of een coördinator mag dat.',
  'WW-6006': 'De verdeling over de wijkteams klopt niet. Een beheerder moet dit oplossen.',
  'WW-6007': 'De gegevens van de vraag zijn niet compleet. Controleer ze en probeer het opnieuw.',
  'WW-6008':
    'Het lukte nog niet om de vraag naar het wijkteam te sturen. We proberen het zo opnieuw. Uw vraag blijft bewaard.',
  'WW-6009': 'Zonder uw toestemming sturen we niets naar het wijkteam.',
  'WW-6010': 'Dit nummer klopt niet. Kijk of u het goed heeft overgenomen.',
  'WW-6011': 'De opgeslagen vragen zijn niet leesbaar. Een beheerder moet dit oplossen.',
  'WW-7001':
    'Het sjabloon van de Teams-app ontbreekt of klopt niet. Een beheerder moet dit oplossen.',
  'WW-7002': 'Er ontbreekt een instelling voor de Teams-app. Een beheerder moet dit oplossen.',
  'WW-7003':
    'De Teams-app voldoet niet aan de eisen van Microsoft. Een beheerder moet dit oplossen.',
  'WW-7004': 'Een pictogram van de Teams-app ontbreekt of heeft niet de goede maat.',
  'WW-7005': 'Het pakket van de Teams-app kon niet worden opgeslagen. Probeer het opnieuw.',
  'WW-7101': 'Deze knop werkt niet goed. Vraag de kaart opnieuw op.',
  'WW-7102': 'Deze knop kennen we niet. Er is niets veranderd.',
  'WW-7103': 'U hoort niet bij het wijkteam van deze vraag. Er is niets veranderd.',
  'WW-7104': 'Alleen een coördinator kan een kanaal koppelen of ontkoppelen.',
  'WW-7201':
    'Er is nog geen Teams-kanaal gekoppeld aan dit wijkteam. De vraag blijft bewaard tot dat gebeurt.',
  'WW-7202':
    'Het lukte niet om de kaart in Teams te zetten. We proberen het opnieuw. De vraag blijft bewaard.',
  'WW-8001': 'U bent niet aangemeld bij het Casusbord. Laad het Casusbord opnieuw.',
  'WW-8002': 'Uw aanmelding is verlopen of klopt niet. Laad het Casusbord opnieuw.',
  'WW-8003': 'Deze casus hoort bij een ander wijkteam. U kunt hem niet bekijken.',
  'WW-8004': 'U hoort nog niet bij een wijkteam. Vraag de beheerder om u toe te voegen.',
  'WW-8005': 'Deze testpersoon bestaat niet. Kies een andere.',
  'WW-8006': 'Aanmelden via Teams is nog niet ingesteld. Een beheerder moet dit oplossen.',
  'WW-8007': 'De lijst met medewerkers klopt niet. Een beheerder moet dit oplossen.',
  'WW-8008': 'Dit verzoek klopt niet. Laad het Casusbord opnieuw.',
  'WW-8009': 'Aanmelden via Teams lukt nu even niet. Probeer het over een paar minuten opnieuw.',
  'WW-9001': 'Sorry, er ging iets mis aan onze kant.',
  'WW-9101': 'Een telling voor de gemeente had de verkeerde vorm en is niet bewaard.',
  'WW-6201':
    'Contact gelegd kan niet: de inwoner heeft de contactgegevens laten wissen. Er is niets veranderd.',
};
