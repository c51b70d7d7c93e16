/**
 * Texts of the partner page (/partners/), its e-mails and the "klopt dit nog?" round. Readers are
 * colleagues of welzijnspartners and the redactie of the gemeente: B1 Dutch, "u", short sentences.
 * Page texts reach the browser through `GET /api/partners/config` (`{name}` placeholders, since
 * JSON carries no functions) and the page template (`{{page.key}}`).
 */
export const partnersTexts = {
  mail: {
    linkSubject: 'Uw inloglink voor de wijkwijzer',
    linkLine: (naam: string, link: string) => `Voor ${naam}:\n${link}`,
    linkBody: (lines: readonly string[], minutes: number) =>
      [
        'Goedendag,',
        '',
        'U vroeg om een link om in te loggen op de partnerpagina van de wijkwijzer.',
        '',
        ...lines.flatMap((line) => [line, '']),
        `De link werkt ${minutes} minuten. U kunt hem maar één keer gebruiken.`,
        'Heeft u niet om deze link gevraagd? Dan hoeft u niets te doen.',
        '',
        'Met vriendelijke groet,',
        'De redactie van de wijkwijzer',
      ].join('\n'),
    reminderSubject: (naam: string) => `Klopt dit nog? Voorzieningen van ${naam} nakijken`,
    reminderBody: (naam: string, names: readonly string[], link: string) =>
      [
        'Goedendag,',
        '',
        `Inwoners vinden de voorzieningen van ${naam} via de wijkwijzer. Wij willen dat alles klopt.`,
        `Wilt u deze ${names.length === 1 ? 'voorziening' : `${names.length} voorzieningen`} nakijken?`,
        '',
        ...names.slice(0, 20).map((name) => `- ${name}`),
        ...(names.length > 20 ? [`- en nog ${names.length - 20} andere`] : []),
        '',
        'Klopt alles nog? Dan is één klik genoeg: "Klopt nog".',
        'Is er iets veranderd? Kies dan "Aanpassen".',
        '',
        `Ga naar de partnerpagina: ${link}`,
        'Daar vraagt u een inloglink aan met dit e-mailadres.',
        '',
        'Met vriendelijke groet,',
        'De redactie van de wijkwijzer',
      ].join('\n'),
  },
} as const;
