import type { z } from 'zod';
import { nl } from '../i18n/nl/index.js';
import { errorAt, type Diagnostic, type ErrorDiagnosticCode } from './diagnostics.js';
import { closest } from './suggest.js';
import { positionOf, valueAt, type PathSegment, type YamlSource } from './yamlSource.js';

const texts = nl.knowledge.diagnostics;

type Issue = z.core.$ZodIssue;

/** Hints for a missing field, so the message says what to fill in rather than only that it is empty. */
const missingHints: Readonly<Record<string, string>> = {
  id: nl.knowledge.fields.id,
  toegang: nl.knowledge.fields.toegang,
  kosten: nl.knowledge.fields.kosten,
  gebied: nl.knowledge.fields.gebied,
  levensgebieden: nl.knowledge.fields.levensgebieden,
  omschrijving: nl.knowledge.fields.omschrijving,
  beheerder: nl.knowledge.fields.beheerder,
  zeker: nl.knowledge.fields.zeker,
};

/**
 * The list whose items are "entries" in each file (voorzieningen, levensgebieden, ...): messages
 * about an entry name its id and show the field path inside the entry, as a partner thinks of it.
 */
function entryContext(
  data: unknown,
  path: readonly PathSegment[],
): { entryId?: string; fieldPath: readonly PathSegment[] } {
  if (path.length >= 2 && typeof path[0] === 'string' && typeof path[1] === 'number') {
    const entry = valueAt(data, path.slice(0, 2));
    const id =
      entry !== null && typeof entry === 'object'
        ? ((entry as Record<string, unknown>).id ?? (entry as Record<string, unknown>).naam)
        : undefined;
    return {
      ...(typeof id === 'string' && id !== '' ? { entryId: id } : {}),
      fieldPath: path.slice(2),
    };
  }
  return { fieldPath: path };
}

function fieldName(path: readonly PathSegment[]): string {
  let name = '';
  for (const segment of path) {
    if (typeof segment === 'number') name += `[${segment + 1}]`;
    else name += name === '' ? segment : `.${segment}`;
  }
  return name === '' ? 'bestand' : name;
}

function describeActual(value: unknown): string {
  const actual = texts.actual;
  if (value === undefined || value === null) return actual.nothing;
  if (typeof value === 'string') {
    return actual.text(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (typeof value === 'number') return actual.number(value);
  if (typeof value === 'boolean') return actual.boolean(value);
  if (Array.isArray(value)) return actual.list;
  return actual.block;
}

function describeExpected(expected: string): string {
  const map = texts.expected;
  switch (expected) {
    case 'string':
      return map.string;
    case 'number':
      return map.number;
    case 'int':
      return map.int;
    case 'boolean':
      return map.boolean;
    case 'array':
      return map.array;
    case 'object':
      return map.object;
    default:
      return map.other;
  }
}

/** Allowed keys of the object at `path`, read from the schema, for "unknown field" messages. */
function allowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: unknown = schema;
  const unwrap = (value: unknown): unknown => {
    let node = value as { def?: Record<string, unknown> } | undefined;
    for (let guard = 0; guard < 10 && node?.def !== undefined; guard += 1) {
      const def = node.def;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
        node = def.innerType as typeof node;
      } else if (def.type === 'pipe') {
        node = def.in as typeof node;
      } else break;
    }
    return node;
  };
  for (const segment of path) {
    const node = unwrap(current) as { def?: Record<string, unknown> } | undefined;
    const def = node?.def;
    if (def === undefined) return [];
    if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else if (def.type === 'object' && typeof segment === 'string') {
      current = (def.shape as Record<string, unknown>)[segment];
    } else if (def.type === 'union') {
      const options = def.options as unknown[];
      current = options.find(
        (option) => (unwrap(option) as { def?: { type?: string } }).def?.type === 'object',
      );
      const objectDef = (unwrap(current) as { def?: Record<string, unknown> }).def;
      current =
        typeof segment === 'string'
          ? (objectDef?.shape as Record<string, unknown>)[segment]
          : undefined;
    } else return [];
  }
  const node = unwrap(current) as { def?: Record<string, unknown> } | undefined;
  if (node?.def?.type === 'union') {
    const option = (node.def.options as unknown[]).find(
      (candidate) => (unwrap(candidate) as { def?: { type?: string } }).def?.type === 'object',
    );
    const def = (unwrap(option) as { def?: Record<string, unknown> }).def;
    return Object.keys((def?.shape as Record<string, unknown> | undefined) ?? {});
  }
  if (node?.def?.type !== 'object') return [];
  return Object.keys(node.def.shape as Record<string, unknown>);
}

interface Mapped {
  readonly code: ErrorDiagnosticCode;
  readonly path: readonly PathSegment[];
  readonly target: 'key' | 'value';
  readonly message: string;
}

function mapIssue(
  issue: Issue,
  source: YamlSource,
  schema: z.ZodType,
  prefix: readonly PathSegment[],
): Mapped[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const { fieldPath } = entryContext(source.data, path);
  const field = fieldName(fieldPath);
  const input = valueAt(source.data, path);

  // zod reports a missing key as a wrong type or value; a partner needs "this field is missing".
  const last = path[path.length - 1];
  const parent = valueAt(source.data, path.slice(0, -1));
  if (
    issue.code !== 'unrecognized_keys' &&
    typeof last === 'string' &&
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, last)
  ) {
    const hint = missingHints[last] ?? '';
    return [
      { code: 'missing-field', path, target: 'value', message: texts.missingField(field, hint) },
    ];
  }

  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' && typeof input === 'number') {
        return [{ code: 'wrong-type', path, target: 'value', message: texts.notInteger(field) }];
      }
      return [
        {
          code: 'wrong-type',
          path,
          target: 'value',
          message: texts.wrongType(field, describeExpected(issue.expected), describeActual(input)),
        },
      ];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.trim().length : max + 1;
        return [
          {
            code: 'invalid-value',
            path,
            target: 'value',
            message: texts.tooLongText(field, length, max),
          },
        ];
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(input) ? input.length : max + 1;
        return [
          {
            code: 'invalid-value',
            path,
            target: 'value',
            message: texts.tooManyItems(field, count, max),
          },
        ];
      }
      return [
        { code: 'invalid-value', path, target: 'value', message: texts.numberTooBig(field, max) },
      ];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return [
          { code: 'invalid-value', path, target: 'value', message: texts.tooShortText(field, min) },
        ];
      }
      if (issue.origin === 'array') {
        return [
          { code: 'invalid-value', path, target: 'value', message: texts.tooFewItems(field, min) },
        ];
      }
      return [
        { code: 'invalid-value', path, target: 'value', message: texts.numberTooSmall(field, min) },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => String(value));
      const written = describeActual(input);
      const value = typeof input === 'string' ? input : written;
      return [
        {
          code: 'invalid-value',
          path,
          target: 'value',
          message: texts.unknownValue(
            field,
            value,
            allowed,
            typeof input === 'string' ? closest(input, allowed) : undefined,
          ),
        },
      ];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path).filter((key) => !issue.keys.includes(key));
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const name = fieldName([...fieldPath, key]);
        return {
          code: 'unknown-field' as const,
          path: keyPath,
          target: 'key' as const,
          message: texts.unknownField(name, allowed, closest(key, allowed)),
        };
      });
    }
    case 'invalid_format': {
      let message: string;
      if (issue.format === 'email') message = texts.badEmail(field);
      else if (issue.format === 'url') message = texts.badUrl(field);
      else if (issue.format === 'date') message = texts.badDate(field);
      else message = `'${field}': ${issue.message}`;
      return [{ code: 'invalid-value', path, target: 'value', message }];
    }
    case 'invalid_union': {
      // Report the branch the partner evidently meant (a block, not a keyword), with its own detail.
      const meant = issue.errors.filter(
        (branch) =>
          !branch.some(
            (inner) =>
              inner.path.length === 0 &&
              (inner.code === 'invalid_type' || inner.code === 'invalid_value'),
          ),
      );
      if (meant.length === 1 && meant[0] !== undefined) {
        return meant[0].flatMap((inner) => mapIssue(inner, source, schema, path));
      }
      const last = path[path.length - 1];
      const message = last === 'gebied' ? texts.badGebied : texts.invalidGeneric(field);
      return [{ code: 'invalid-value', path, target: 'value', message }];
    }
    case 'custom':
      return [
        { code: 'invalid-value', path, target: 'value', message: `'${field}': ${issue.message}` },
      ];
    default:
      return [
        { code: 'invalid-value', path, target: 'value', message: texts.invalidGeneric(field) },
      ];
  }
}

/** Turns zod issues on one file into Dutch diagnostics that point at the right line and column. */
export function schemaDiagnostics(
  issues: readonly Issue[],
  source: YamlSource,
  schema: z.ZodType,
): Diagnostic[] {
  return issues.flatMap((issue) =>
    mapIssue(issue, source, schema, []).map((mapped) => {
      const { entryId } = entryContext(source.data, mapped.path);
      const prefix = entryId === undefined ? '' : texts.inEntry(entryId);
      return errorAt(
        mapped.code,
        source.file,
        positionOf(source, mapped.path, mapped.target),
        `${prefix}${mapped.message}`,
        entryId,
      );
    }),
  );
}
