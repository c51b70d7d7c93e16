/**
 * What the bot says to residents in the web chat outside any dialog: the apology after a turn
 * that failed. Form of address: "u" (see docs/adr/0004-tone-of-voice.md). The intake's own texts
 * live in intake.ts.
 */
export const conversationTexts = {
  turnFailed: (reference: string) =>
    `Sorry, er ging iets mis aan onze kant. Probeer het nog een keer. Blijft het misgaan? Noem dan deze code: ${reference}.`,
} as const;
