/**
 * A resident's warm handover typed message by message, as test/e2e/handover.test.ts walks it in
 * the widget: a wish for a person, the story, the postcode, consent, name, phone, calling, the best
 * moment. The confirmation follows (`HANDOVER_CONFIRM`), and its reply holds the reference. Shared
 * by the multi-process test and `bench:storage`, so both follow the intake as it is.
 */
export const HANDOVER_SCRIPT = [
  'Ik wil graag iemand van het wijkteam spreken',
  'Ik heb schulden en de huur is te hoog. Er komen steeds brieven.',
  '7544',
  'Ja, dat mag',
  'Fatima',
  '06 12345678',
  'Ja, bellen mag',
  'in de ochtend',
] as const;
export const HANDOVER_CONFIRM = 'Ja, versturen';
export const REFERENCE_PATTERN = /Uw nummer is ([A-Z]{2,6}-\d{4}-\d{6,})/;
