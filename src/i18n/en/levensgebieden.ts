/**
 * English names of the levensgebieden (life areas) for residents who write English. The Dutch
 * labels live in knowledge/levensgebieden.yaml, kept by the gemeente; a slug missing here falls
 * back to its Dutch label.
 */
export const levensgebiedLabels: Readonly<Record<string, string>> = {
  geld: 'Money, debts and paperwork',
  ontmoeting: 'Loneliness and meeting people',
  opvoeden: 'Raising children and growing up',
  scheiding: 'Separation and divorce',
  mantelzorg: 'Caring for someone close',
  wonen: 'Housing',
  gezondheid: 'Health and how you feel',
  verslaving: 'Addiction',
  veiligheid: 'Safety and violence',
  taal: 'Language, reading and digital skills',
  werk: 'Work and income',
  buren: 'Neighbours and the neighbourhood',
  vervoer: 'Transport',
  'ouder-worden': 'Growing older',
  voedsel: 'Food',
  recht: 'Law and rules',
  sport: 'Sport and exercise',
  meedoen: 'Taking part and volunteering',
};
