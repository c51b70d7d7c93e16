/**
 * What the bot says to residents in the web chat, outside the intake itself. Form of address: "u"
 * (see docs/adr/0004-tone-of-voice.md). B1: short sentences, common words, one question per message.
 */
export const conversationTexts = {
  greeting: [
    'Hallo! Ik ben de digitale wijkwijzer van de gemeente. Ik ben een computerprogramma, geen mens.',
    'Ik help u zoeken naar hulp en activiteiten in uw wijk. Dat is gratis en u heeft geen indicatie nodig.',
  ],
  askQuestion: 'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
  questionReceived: 'Dank u wel. Ik heb uw vraag gelezen.',
  turnFailed: (reference: string) =>
    `Sorry, er ging iets mis aan onze kant. Probeer het nog een keer. Blijft het misgaan? Noem dan deze code: ${reference}.`,
  messageTooLong: (maxChars: number) =>
    `Uw bericht is te lang. Schrijf het korter, in minder dan ${maxChars} tekens.`,
  onlyText: 'Ik kan alleen tekst lezen. Wilt u uw vraag typen?',
} as const;
