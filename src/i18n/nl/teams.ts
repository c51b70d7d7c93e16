/**
 * Texts of the Teams app for wijkteam staff: the app's description in the Teams store, the bot
 * commands, and what the bot says in a wijkteam channel. Plain Dutch (B1), short neutral labels;
 * where a sentence needs a form of address it is "u" (docs/adr/0004-tone-of-voice.md).
 */
export const teamsTexts = {
  manifest: {
    /** At most 80 characters (Teams limit). */
    descriptionShort: 'Vragen van inwoners die de wijkwijzer doorstuurt naar uw wijkteam.',
    /** At most 4000 characters. */
    descriptionFull:
      'De digitale wijkwijzer helpt inwoners om gratis hulp in de buurt te vinden. ' +
      'Komt een inwoner er niet uit, dan stuurt de wijkwijzer de vraag door naar het wijkteam. ' +
      'Die vraag komt als kaart in het kanaal van uw wijkteam. ' +
      'Eén collega pakt de vraag op. Alleen die collega ziet de contactgegevens. ' +
      'Op het Casusbord ziet u alle vragen van uw wijkteam bij elkaar.',
    tabName: 'Casusbord',
    commands: {
      link: {
        title: 'koppel wijkteam',
        description: 'Koppel dit kanaal aan een wijkteam, bijvoorbeeld: koppel wijkteam West',
      },
      unlink: {
        title: 'ontkoppel',
        description: 'Haal de koppeling van dit kanaal weg',
      },
      links: {
        title: 'koppelingen',
        description: 'Laat zien welke kanalen bij welk wijkteam horen',
      },
      help: {
        title: 'help',
        description: 'Laat zien wat de wijkwijzer in Teams kan',
      },
    },
  },
} as const;
