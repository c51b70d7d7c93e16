/**
 * A small JSON Schema (2020-12) validator for the keywords our generated schemas use. No ajv in
 * the project: this is enough to prove that an entry the zod schema accepts is also accepted by
 * the file editors use, and that an entry zod refuses is refused there too.
 */
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const formats: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\/\/\S+$/i,
};

const supported = new Set([
  '$schema',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'format',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'default',
  'description',
  'title',
]);

/** Returns the list of problems (JSON pointers with a keyword); empty when valid. */
export function validateJsonSchema(schema: Schema, value: unknown, at = ''): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!supported.has(key)) throw new Error(`unsupported keyword ${key} at ${at}`);
  }
  const fail = (keyword: string) => problems.push(`${at || '/'}: ${keyword}`);
  if (typeof schema.type === 'string' && !matchesType(value, schema.type)) {
    fail(`type ${schema.type}`);
    return problems;
  }
  if (
    Array.isArray(schema.type) &&
    !schema.type.some((type) => matchesType(value, type as string))
  ) {
    fail('type');
    return problems;
  }
  if (schema.const !== undefined && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const options = schema[keyword];
    if (Array.isArray(options)) {
      const passing = options.filter(
        (option) => validateJsonSchema(option as Schema, value, at).length === 0,
      ).length;
      if (keyword === 'anyOf' ? passing === 0 : passing !== 1) fail(keyword);
    }
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength)
      fail('minLength');
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength)
      fail('maxLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail('pattern');
    if (typeof schema.format === 'string' && formats[schema.format]?.test(value) === false)
      fail('format');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('minItems');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('maxItems');
    if (schema.items !== undefined) {
      value.forEach((item, index) =>
        problems.push(...validateJsonSchema(schema.items as Schema, item, `${at}/${index}`)),
      );
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) fail(`required ${key}`);
    for (const [key, child] of Object.entries(object)) {
      const childSchema = properties[key];
      if (childSchema !== undefined)
        problems.push(...validateJsonSchema(childSchema, child, `${at}/${key}`));
      else if (schema.additionalProperties === false) fail(`additionalProperties ${key}`);
    }
  }
  return problems;
}
