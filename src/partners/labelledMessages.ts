/**
 * The checker's messages name a field by its path in the YAML file ("'contact.telefoon': Dit is
 * geen geldig …"), which suits the command-line check and the file. On the partner page the same
 * field carries a label ("Telefoonnummer"), so there the message names the label. The labels are
 * the form's own (src/i18n/nl/partners.ts `fieldLabels`): one source for both.
 */

/** A quoted path such as 'contact.telefoon' or 'trefwoorden[2]'. */
const QUOTED_PATH = /'([a-z_]+(?:\.[a-z_]+|\[\d+\])*)'/g;

/** A double-quoted bare key such as "hoe_aanmelden", as some contact messages write it. */
const QUOTED_KEY = /"([a-z]+_[a-z_]+)"/g;

export function withFieldLabels(message: string, labels: Readonly<Record<string, string>>): string {
  const byKey = new Map<string, string | null>();
  for (const [path, label] of Object.entries(labels)) {
    const key = path.split('.').pop() ?? path;
    // A key that ends more than one path ("naam") is ambiguous: it keeps its own name.
    byKey.set(key, byKey.has(key) ? null : label);
  }
  return message
    .replace(QUOTED_PATH, (whole, path: string) => {
      const items = [...path.matchAll(/\[(\d+)\]/g)].map((match) => match[1]);
      const label = labels[path.replace(/\[\d+\]/g, '')];
      if (label === undefined) return whole;
      // "trefwoorden[2]": the second one of that list.
      return items.length === 0 ? `'${label}'` : `'${label}' (nummer ${items.join(', ')})`;
    })
    .replace(QUOTED_KEY, (whole, key: string) => {
      const label = byKey.get(key);
      return label === undefined || label === null ? whole : `"${label}"`;
    });
}
