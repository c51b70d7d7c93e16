import { wijkteamCalled, WijkteamCalled } from './wijkteamName.js';

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
        description: 'Koppel dit kanaal aan een wijkteam. Typ de naam van het wijkteam erachter.',
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
  /** Replies to the commands in a wijkteam channel. */
  channel: {
    linked: (team: string) =>
      `Dit kanaal is nu gekoppeld aan ${wijkteamCalled(team)}. Nieuwe vragen voor dit wijkteam komen hier als kaart binnen.`,
    movedFrom: (channel: string) =>
      `Eerst kwamen deze vragen in kanaal ${channel}. Daar komen geen nieuwe vragen meer.`,
    hint: 'Typ "ontkoppel" om de koppeling weg te halen. Typ "koppelingen" voor een overzicht.',
    unlinked: (teams: readonly string[]) =>
      `Dit kanaal is niet meer gekoppeld aan ${teams.map(wijkteamCalled).join(', ')}. Nieuwe vragen komen hier niet meer binnen.`,
    notLinked: 'Dit kanaal is niet gekoppeld aan een wijkteam.',
    noLinks: 'Er zijn nog geen kanalen gekoppeld aan een wijkteam.',
    linksIntro: 'Deze wijkteams hebben een kanaal:',
    linkLine: (team: string, channel: string) => `- ${WijkteamCalled(team)}: kanaal ${channel}`,
    unnamedChannel: 'zonder naam',
    notCoordinator:
      'Alleen een coördinator kan een kanaal koppelen of ontkoppelen. Vraag het aan de coördinator van uw wijkteam.',
    unknownTeam: (name: string, teams: string) =>
      `Wijkteam "${name}" ken ik niet. Kies uit: ${teams}.`,
    /** `teams`: the names of the gemeente's wijkteams; the first is the example. */
    whichTeam: (teams: readonly string[]) => {
      const [example] = teams;
      return example === undefined
        ? 'Welk wijkteam? Typ "koppel" en de naam van het wijkteam.'
        : `Welk wijkteam? Typ bijvoorbeeld: koppel ${wijkteamCalled(example)}. Kies uit: ${teams.join(', ')}.`;
    },
    reminder: (reference: string, hours: number) =>
      `Casus ${reference} wacht al ${hours === 1 ? '1 werkuur' : `${hours} werkuren`}. Wie pakt hem op?`,
    onlyInChannel: 'Koppelen kan alleen in een kanaal van een team, niet in een chat.',
    help:
      'Ik zet vragen van inwoners als kaart in het kanaal van hun wijkteam. ' +
      'Eén collega pakt een vraag op met "Ik pak dit op". Alleen die collega ziet de contactgegevens. ' +
      'Commando\'s: "koppel wijkteam <naam>", "ontkoppel" en "koppelingen".',
  },
} as const;
