/**
 * Texts of the chat widget around Web Chat (title, buttons, status lines). The browser fetches them
 * from `/api/webchat/config`, so they stay in this one Dutch module.
 */
export const widgetTexts = {
  title: 'Digitale wijkwijzer',
  intro:
    'Stel uw vraag over geld, wonen, zorg, opvoeden of meedoen in uw wijk. U praat met een computerprogramma.',
  quickExit: 'Snel weg',
  quickExitHint:
    'Sluit de chat direct en ga naar een andere website. Uw gesprek wordt van dit apparaat gewist.',
  newConversation: 'Nieuw gesprek',
  newConversationConfirm:
    'Wilt u een nieuw gesprek beginnen? Het huidige gesprek verdwijnt van dit scherm.',
  loading: 'De chat wordt geladen…',
  connected: 'De chat is klaar. Typ uw vraag onderaan.',
  resumed: 'Uw gesprek gaat verder waar u was.',
  expired: 'Uw vorige gesprek is verlopen. We beginnen een nieuw gesprek.',
  unavailable: 'De chat werkt nu even niet. Probeer het later opnieuw.',
  tooLong: (maxChars: number) =>
    `Uw bericht is te lang. Schrijf het korter, in minder dan ${maxChars} tekens.`,
  chatLabel: 'Gesprek met de digitale wijkwijzer',
  privacyNote: 'Deel geen BSN of bankrekeningnummer in de chat.',
  /** What a screen reader says before each of the bot's messages (Web Chat's own says "Bot WW zei:"). */
  botSaid: 'De wijkwijzer zei:',
  /** The same before a card (Web Chat's own says "Bot heeft bijgevoegd:"). */
  botAttached: 'Bijlage van de wijkwijzer:',
} as const;
