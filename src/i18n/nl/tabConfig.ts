/**
 * The page Teams shows when a colleague adds the Casusbord to a wijkteam channel: which wijkteam
 * this channel's tab shows. Plain Dutch (B1), addressed with "u".
 */
export const tabConfigTexts = {
  documentTitle: 'Casusbord toevoegen aan dit kanaal',
  heading: 'Casusbord toevoegen',
  intro:
    'Kies het wijkteam van dit kanaal. Het tabblad laat dan de vragen van dat wijkteam zien. Wie het tabblad opent, ziet alleen de vragen van de wijkteams waar hij of zij bij hoort.',
  label: 'Wijkteam',
  choose: 'Kies een wijkteam',
  ready: 'Klik op Opslaan om het Casusbord aan dit kanaal toe te voegen.',
  outsideTeams:
    'Deze pagina werkt alleen in Microsoft Teams. Voeg het Casusbord toe via het plusteken boven een kanaal.',
  saveFailed: 'Opslaan lukte niet. Probeer het opnieuw.',
  /** The tab's name in the channel; {team} is the wijkteam's name. */
  tabName: 'Casusbord {team}',
} as const;
