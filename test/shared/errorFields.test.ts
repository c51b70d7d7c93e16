import { TestAdapter, TurnContext } from 'botbuilder';
import { DialogContext, DialogContextError, DialogSet } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, errorFields, statusCodeOf } from '../../src/shared/errorFields.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { captureLogger } from '../support/logs.js';
import { IDENTIFIERS, MESSAGE_WITH_IDENTIFIERS, identifiersIn } from '../security/identifiers.js';

/** Hardening (docs/adr/0015-security-posture.md): errors reach the log through an allow-list, never with what they carry. */

function dialogContextError(): DialogContextError {
  const context = new TurnContext(new TestAdapter(), {
    type: 'message',
    text: MESSAGE_WITH_IDENTIFIERS,
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' },
    from: { id: 'u1', name: IDENTIFIERS.name },
    recipient: { id: 'bot', name: '' },
  });
  const dialogContext = new DialogContext(new DialogSet(), context, {
    dialogStack: [
      {
        id: 'handover',
        state: {
          contact: { name: IDENTIFIERS.name, phone: IDENTIFIERS.phone },
          first: MESSAGE_WITH_IDENTIFIERS,
        },
      },
    ],
  });
  return new DialogContextError(new Error('reply failed'), dialogContext);
}

describe('errorFields', () => {
  it('keeps the name, message, dialog id and stack of a DialogContextError, never its state', () => {
    const fields = errorFields(dialogContextError());
    expect(fields).toMatchObject({
      name: 'DialogContextError',
      message: 'reply failed',
      dialog: 'handover',
    });
    expect(fields.stack).toMatch(/^\s+at /);
    expect(identifiersIn(JSON.stringify(fields))).toEqual([]);
  });

  it('drops the request and response a library error carries', () => {
    const error = Object.assign(new Error('Request failed with 400'), {
      name: 'RestError',
      code: 'BadArgument',
      statusCode: 400,
      request: { body: JSON.stringify({ text: MESSAGE_WITH_IDENTIFIERS }) },
      response: { bodyAsText: MESSAGE_WITH_IDENTIFIERS },
    });
    expect(errorFields(error)).toEqual({
      name: 'RestError',
      message: 'Request failed with 400',
      code: 'BadArgument',
      status: 400,
      stack: expect.any(String) as string,
    });
  });

  it('takes quoted input and identifiers out of a message, also in the cause', () => {
    let parseError: unknown;
    try {
      JSON.parse(`{"text": "${MESSAGE_WITH_IDENTIFIERS}"`);
    } catch (error) {
      parseError = error;
    }
    const unquoted = new Error(`lookup failed for ${IDENTIFIERS.email} and ${IDENTIFIERS.phone}`, {
      cause: parseError,
    });
    const fields = errorFields(unquoted);
    expect(identifiersIn(JSON.stringify(fields))).toEqual([]);
    expect(fields.cause?.name).toBe('SyntaxError');
    expect(fields.stack ?? '').not.toContain('lookup failed');
  });

  it('says only what kind of value was thrown when it is not an Error', () => {
    expect(errorFields(MESSAGE_WITH_IDENTIFIERS)).toEqual({
      name: 'string',
      message: 'non-Error value thrown',
    });
  });

  it('keeps the catalogue text and code of our own errors', () => {
    expect(errorFields(new WijkwijzerError('WW-2004'))).toMatchObject({
      name: 'WijkwijzerError',
      code: 'WW-2004',
      status: 400,
      message: 'WW-2004 Request does not match the expected shape',
    });
  });

  it('is what the logger uses for err, so a careless log call leaks nothing', () => {
    const logs = captureLogger();
    logs.logger.error({ err: dialogContextError() }, 'turn failed');
    logs.logger.error(dialogContextError());
    expect(logs.lines()).toHaveLength(2);
    expect(identifiersIn(logs.text())).toEqual([]);
  });
});

describe('statusCodeOf and errorCodeOf', () => {
  it('read the status and code a library error carries', () => {
    const restError = Object.assign(new Error('Request failed with 429'), {
      statusCode: 429,
      code: 'Throttled',
    });
    expect(statusCodeOf(restError)).toBe(429);
    expect(errorCodeOf(restError)).toBe('Throttled');
    expect(errorCodeOf(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(
      'ECONNRESET',
    );
  });

  it('answer null for anything else, and never pass on a code that carries text', () => {
    for (const thrown of [undefined, null, 'statusCode 500', 404, new Error('plain'), {}]) {
      expect(statusCodeOf(thrown), String(thrown)).toBeNull();
      expect(errorCodeOf(thrown), String(thrown)).toBeNull();
    }
    expect(statusCodeOf({ statusCode: '500' })).toBeNull();
    expect(statusCodeOf({ statusCode: 404.5 })).toBeNull();
    expect(errorCodeOf({ code: 7 })).toBeNull();
    expect(errorCodeOf({ code: `not found: ${IDENTIFIERS.email}` })).toBeNull();
  });
});
