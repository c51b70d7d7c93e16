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
  /** The connection is lost: the browser says it is offline, or a message could not be sent. */
  offline: 'U heeft nu geen internet. Uw berichten worden niet verstuurd.',
  sendFailed:
    'Uw bericht is niet verstuurd. Kijk of u internet heeft. Klik daarna bij uw bericht op "Opnieuw".',
  /** Internet is back after `offline` or `sendFailed`: a failed message needs one click. */
  online:
    'U heeft weer internet. Staat er "Verzenden mislukt" bij uw bericht? Klik dan op "Opnieuw".',
  sendRecovered: 'Uw bericht is verstuurd. U kunt verder.',
  /**
   * The channel refused a message: too many in a short time (429 WW-2114, the same advice as the
   * catalogue's text in errors.ts). Web Chat itself only says "Verzenden mislukt".
   */
  tooManyMessages:
    'U stuurt veel berichten kort na elkaar. Uw bericht is niet verstuurd. Wacht een halve minuut. Klik daarna bij uw bericht op "Opnieuw".',
  tooLong: (maxChars: number) =>
    `Uw bericht is te lang. Schrijf het korter, in minder dan ${maxChars} tekens.`,
  chatLabel: 'Gesprek met de digitale wijkwijzer',
  privacyNote: 'Deel geen BSN of bankrekeningnummer in de chat.',
  /** What a screen reader says before each of the bot's messages (Web Chat's own says "Bot WW zei:"). */
  botSaid: 'De wijkwijzer zei:',
  /** The same before a card (Web Chat's own says "Bot heeft bijgevoegd:"). */
  botAttached: 'Bijlage van de wijkwijzer:',
  /** Removes the key and the chat from this browser (a shared computer: docs/privacy.md). */
  clearDevice: 'Gesprek wissen op dit apparaat',
  clearDeviceHint:
    'Wist dit gesprek van dit apparaat. Daarna herkent de wijkwijzer dit apparaat niet meer.',
  clearDeviceConfirm:
    'Wilt u het gesprek van dit apparaat wissen? Wie hierna dit apparaat gebruikt, ziet het niet.',
  cleared: 'Het gesprek is van dit apparaat gewist. U kunt een nieuw gesprek beginnen.',
  /** After "Nee, nieuw beginnen" at "Was u hier eerder met een vraag?". */
  newResident:
    'We zijn een nieuw gesprek begonnen. Het eerdere gesprek staat niet meer op dit apparaat.',
} as const;
