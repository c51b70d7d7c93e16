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
  'WW-3008':
    'De wijkwijzer kan de database nu niet bereiken. Probeer het over een paar minuten opnieuw.',
  'WW-3009': 'De database kon niet worden bijgewerkt. Een beheerder moet dit oplossen.',
  'WW-3010': 'Opslaan in de database lukte niet. Probeer het opnieuw.',
  'WW-3011': 'Het overzetten naar de database lukte niet. Een beheerder moet dit oplossen.',
  'WW-3012': 'De tellingen in de database zijn beschadigd. Een beheerder moet dit oplossen.',
  'WW-3013': 'Een gedeelde instelling in de database ontbreekt. Een beheerder moet dit oplossen.',
  'WW-3014': 'Het is nu erg druk. Probeer het over een minuut opnieuw.',
  'WW-4001': 'De sociale kaart bevat fouten. Een beheerder moet dit oplossen.',
  'WW-4002': 'De wijkwijzer is nog aan het opstarten. Probeer het over een minuut nog eens.',
  'WW-4003': 'De map met de sociale kaart is niet te lezen. Een beheerder moet dit oplossen.',
  'WW-4004': 'De schemabestanden konden niet worden opgeslagen. Een beheerder moet dit oplossen.',
  'WW-5001': 'De zoekvraag heeft niet de juiste vorm.',
  'WW-5002': 'Een gemiste vraag kon niet worden geteld. Een beheerder moet dit oplossen.',
  'WW-5003':
    'Het taalmodel van de wijkwijzer ontbreekt of is beschadigd. Een beheerder moet dit oplossen.',
  'WW-5004': 'De oefenzinnen voor het taalmodel kloppen niet. Een beheerder moet dit oplossen.',
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
  'WW-6012':
    'Een kaart kwam laat aan bij het wijkteam en is niet bijgehouden. Misschien komt er een tweede kaart.',
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
  'WW-7203':
    'Inloggen bij Microsoft Graph lukte niet. Er kan een kaart dubbel in Teams komen. Een beheerder kan de instellingen nakijken.',
  'WW-7204':
    'De berichten in het Teams-kanaal konden niet worden bekeken. Er kan een kaart dubbel komen. Een beheerder kan nakijken of het team de app toestemming gaf.',
  'WW-7205': 'Koppel het Teams-kanaal opnieuw, dan kan de wijkwijzer dubbele kaarten voorkomen.',
  'WW-4101': 'Dit verzoek klopt niet. Laad de pagina opnieuw en probeer het nog een keer.',
  'WW-4102': 'U bent niet (meer) aangemeld. Vraag een nieuwe inloglink aan.',
  'WW-4103': 'Deze inloglink klopt niet of is verlopen. Vraag een nieuwe inloglink aan.',
  'WW-4104': 'Deze inloglink is al gebruikt. Een link werkt maar één keer. Vraag een nieuwe aan.',
  'WW-4105': 'Deze voorziening hoort bij een andere organisatie. U kunt hem niet aanpassen.',
  'WW-4106': 'Deze voorziening bestaat niet (meer) bij uw organisatie.',
  'WW-4107':
    'Iemand anders heeft deze voorziening net veranderd. Uw wijziging is niet opgeslagen. Bekijk de nieuwe versie en doe uw wijziging opnieuw.',
  'WW-4108':
    'Er klopt nog iets niet in het formulier. Er is niets opgeslagen. Los het op en sla opnieuw op.',
  'WW-4109': 'U heeft te vaak een inloglink gevraagd. Wacht een uur en probeer het dan opnieuw.',
  'WW-4110': 'Deze organisatie kennen we niet.',
  'WW-4111': 'Alleen de redactie van de wijkwijzer kan dit doen.',
  'WW-4112':
    'Deze wijziging kan niet meer ongedaan worden gemaakt: de voorziening is daarna opnieuw veranderd.',
  'WW-4113': 'Opslaan lukte niet. Er is niets veranderd. Probeer het later opnieuw.',
  'WW-4114': 'Deze wijziging staat niet in het logboek.',
  'WW-4115': 'Over deze wijziging is al besloten.',
  'WW-4116':
    'Inloggen met een e-maillink is nog niet ingesteld. Vraag de redactie van de wijkwijzer om hulp.',
  'WW-4117': 'Het logboek met wijzigingen is niet te lezen. Een beheerder moet dit oplossen.',
  'WW-4118':
    'Dit bestand met voorzieningen is te groot of te ingewikkeld om hier te openen. Er is niets veranderd. Vraag de redactie van de wijkwijzer om het bestand na te kijken.',
  'WW-4119': 'De vorige controle loopt nog. Wacht een paar seconden en probeer het dan opnieuw.',
  'WW-8001': 'U bent niet aangemeld bij het Casusbord. Laad het Casusbord opnieuw.',
  'WW-8002': 'Uw aanmelding is verlopen of klopt niet. Laad het Casusbord opnieuw.',
  'WW-8003': 'Deze casus hoort bij een ander wijkteam. U kunt hem niet bekijken.',
  'WW-8004': 'U hoort nog niet bij een wijkteam. Vraag de beheerder om u toe te voegen.',
  'WW-8005': 'Deze testpersoon bestaat niet. Kies een andere.',
  'WW-8006': 'Aanmelden via Teams is nog niet ingesteld. Een beheerder moet dit oplossen.',
  'WW-8007': 'De lijst met medewerkers klopt niet. Een beheerder moet dit oplossen.',
  'WW-8008': 'Dit verzoek klopt niet. Laad het Casusbord opnieuw.',
  'WW-8009': 'Aanmelden via Teams lukt nu even niet. Probeer het over een paar minuten opnieuw.',
  'WW-8101': 'De tellingen kunnen nu alleen gelezen worden. Er is niets geteld.',
  'WW-8102': 'Dit verzoek klopt niet. Laad de monitor opnieuw.',
  'WW-8103': 'U heeft geen toegang tot de monitor. Vraag de beheerder om de rol beleid.',
  'WW-8104': 'Kies een hele maand, een kwartaal of een heel jaar.',
  'WW-8105': 'Deze wijk of dit stadsdeel kennen we niet. Kies een ander gebied.',
  'WW-8201': 'U hoort niet bij de redactie van de wijkwijzer. Vraag de beheerder om toegang.',
  'WW-9001': 'Sorry, er ging iets mis aan onze kant.',
  'WW-9101': 'Een telling voor de gemeente had de verkeerde vorm en is niet bewaard.',
  'WW-6201':
    'Contact gelegd kan niet: de inwoner heeft de contactgegevens laten wissen. Er is niets veranderd.',
  'WW-1003':
    'De ontwikkelstand kan niet aan staan samen met instellingen voor echt gebruik. Een beheerder moet dit oplossen.',
  'WW-1004': 'Een geheime sleutel is te kort of bekend. Een beheerder moet dit oplossen.',
  'WW-1010': 'Er ging iets mis aan onze kant. De wijkwijzer werkt gewoon door.',
  'WW-1011': 'Er ging iets mis aan onze kant. De wijkwijzer start opnieuw.',
  'WW-2010': 'Het verzoek is te diep genest.',
  'WW-2110': 'Deze chat is al te vaak open. Sluit een ander venster of wacht een minuut.',
  'WW-2111': 'Het is nu erg druk. Probeer het over een paar minuten opnieuw.',
  'WW-2112': 'Dit kanaal is niet ingesteld. Een beheerder moet dit oplossen.',
  'WW-2113': 'In de ontwikkelstand stuurt de wijkwijzer alleen naar deze computer.',
  'WW-2114':
    'U stuurt veel berichten kort na elkaar. Wacht een halve minuut en stuur uw bericht dan opnieuw.',
  'WW-4012': 'De sociale kaart kon niet op de achtergrond worden ingelezen. Dat gebeurt nu gewoon.',
  'WW-9201': 'Het model dat zorgen in berichten herkent, ontbreekt of is beschadigd.',
  'WW-9202': 'Een bestand met voorbeeldberichten voor de veiligheidscheck klopt niet.',
  'WW-9203':
    'Het model dat herkent of een bericht over een film, een cursus of het verleden gaat, ontbreekt of is beschadigd.',
  'WW-1101':
    'De meetgegevens van de wijkwijzer kunnen niet starten. Een beheerder moet dit oplossen.',
  'WW-2301': 'U heeft geen toegang tot de meetgegevens.',
};
