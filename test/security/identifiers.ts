/**
 * Identifiers a resident might type, each valid of its kind (the BSN passes the 11-proef, the IBAN
 * its mod-97 check), and the ways a log line could still carry them. Tests type these into every
 * edge and then grep every log line.
 */
export const IDENTIFIERS = {
  bsn: '111222333',
  iban: 'NL91ABNA0417164300',
  phone: '0612345678',
  email: 'jan.jansen@example.nl',
  name: 'Jantje Beuningen-Velthuis',
} as const;

/** A message that carries all of them, as a resident in a hurry writes. */
export const MESSAGE_WITH_IDENTIFIERS =
  `Ik ben ${IDENTIFIERS.name}, mijn bsn is ${IDENTIFIERS.bsn}, rekening ${IDENTIFIERS.iban}, ` +
  `bel ${IDENTIFIERS.phone} of mail ${IDENTIFIERS.email}. Ik heb schulden.`;

/** Every form in which an identifier could appear in a log line (also with spaces taken out). */
const NEEDLES = [
  ...Object.values(IDENTIFIERS),
  'Beuningen',
  '111 222 333',
  '06 12345678',
  'jan.jansen',
];

/** The identifiers found in some text; empty when none. */
export function identifiersIn(text: string): string[] {
  const folded = text.toLowerCase();
  return NEEDLES.filter((needle) => folded.includes(needle.toLowerCase()));
}
