import { describe, expect, it } from 'vitest';
import type { Actor, Case } from '../../src/cases/case.js';
import type { CaseStatus } from '../../src/cases/status.js';
import { caseActionPayloadSchema, type CaseCardVerb } from '../../src/cards/caseActions.js';
import { buildCaseCard, buildMessageCard } from '../../src/cards/caseCard.js';
import { caseCardView, SHARED_VIEWER, type CaseViewer } from '../../src/cards/caseCardView.js';
import { MAX_REFRESH_USER_IDS, type TeamsCard } from '../../src/cards/elements.js';
import { allNodes, canonical, checkWithRenderer } from './adaptiveCardRenderer.js';
import { anna, bram, caseInStatus, contactStrings, coordinator } from './caseFixtures.js';

const NOW = new Date('2026-12-03T11:20:00Z');

type Role = 'shared' | 'member' | 'assignee' | 'coordinator';

const viewers: Readonly<Record<Role, CaseViewer>> = {
  shared: SHARED_VIEWER,
  member: { kind: 'staff', actor: bram },
  assignee: { kind: 'staff', actor: anna },
  coordinator: { kind: 'staff', actor: coordinator },
};

/** The buttons each viewer should get, straight from the state machine's table. */
const expectedActions: Readonly<Record<CaseStatus, Partial<Record<Role, CaseCardVerb[]>>>> = {
  nieuw: { shared: ['claim'], member: ['claim'], coordinator: ['claim'] },
  opgepakt: {
    shared: [],
    member: [],
    assignee: ['contactMade', 'close', 'release'],
    coordinator: ['contactMade', 'close', 'release'],
  },
  contact_gelegd: {
    shared: [],
    member: [],
    assignee: ['close', 'release'],
    coordinator: ['close', 'release'],
  },
  afgerond: { shared: [], member: [], assignee: [], coordinator: [] },
  geannuleerd: { shared: [], member: [], coordinator: [] },
};

function cardFor(current: Case, viewer: CaseViewer, refreshUserIds = ['29:anna', '29:carla']) {
  return buildCaseCard(caseCardView(current, { now: NOW, viewer, refreshUserIds }));
}

/** Verbs of the buttons on a card, including the one inside "Afronden" (Action.ShowCard). */
function buttonVerbs(card: TeamsCard): string[] {
  return (card.actions ?? []).map((action) =>
    action.type === 'Action.ShowCard'
      ? String((action.card.actions[0] as { verb?: string }).verb)
      : action.type === 'Action.Execute'
        ? action.verb
        : action.type,
  );
}

function expectValidForTeams(card: unknown): void {
  const report = checkWithRenderer(card, '1.5');
  expect(report.parseEvents).toEqual([]);
  expect(report.validationEvents).toEqual([]);
  // Everything we wrote is something the renderer knows (it drops unknown properties).
  expect(canonical(report.roundTrip).toLowerCase()).toBe(canonical(card).toLowerCase());
}

describe('the case card for Teams', () => {
  for (const [status, roles] of Object.entries(expectedActions) as [
    CaseStatus,
    Partial<Record<Role, CaseCardVerb[]>>,
  ][]) {
    for (const [role, verbs] of Object.entries(roles) as [Role, CaseCardVerb[]][]) {
      it(`${status}, seen by ${role}: valid 1.5 card with buttons [${verbs.join(', ')}]`, () => {
        const current = caseInStatus(status);
        const card = cardFor(current, viewers[role]);
        expect(card.version).toBe('1.5');
        expectValidForTeams(card);
        expect(buttonVerbs(card)).toEqual(verbs);

        const json = JSON.stringify(card);
        if (role === 'assignee') {
          expect(json).toContain('Fatma Yilmaz');
          expect(json).toContain('06 12345678');
          expect(json).toContain('fatma.yilmaz@example.nl');
        } else {
          for (const secret of contactStrings) expect(json).not.toContain(secret);
          expect(json).toContain('Alleen zichtbaar voor wie de casus heeft opgepakt');
        }
        expect(card).toMatchSnapshot();
      });
    }
  }

  it('puts only reference, verb and expected version in the data of every button', () => {
    const current = caseInStatus('opgepakt');
    const card = cardFor(current, viewers.assignee);
    const executes = allNodes(card).filter((node) => node.type === 'Action.Execute');
    expect(executes.length).toBe(4); // three buttons and the refresh
    for (const action of executes) {
      expect(Object.keys(action.data as object).sort()).toEqual([
        'expectedVersion',
        'reference',
        'verb',
      ]);
      expect(action.data).toMatchObject({
        reference: 'WW-2026-000123',
        expectedVersion: current.version,
        verb: action.verb,
      });
      // What the card sends back is what the bot accepts.
      expect(caseActionPayloadSchema.safeParse(action.data).success).toBe(true);
    }
  });

  it('asks for an outcome before closing, and offers the five pilot outcomes', () => {
    const card = cardFor(caseInStatus('contact_gelegd'), viewers.assignee);
    const choice = allNodes(card).find((node) => node.type === 'Input.ChoiceSet');
    expect(choice).toMatchObject({ id: 'outcome', isRequired: true });
    expect((choice!.choices as Array<{ value: string }>).map((item) => item.value)).toEqual([
      'voorliggend_opgelost',
      'wijkteam_hulpverleend',
      'maatwerkindicatie',
      'geen_contact',
      'ingetrokken',
    ]);
    expect(allNodes(card).find((node) => node.type === 'Input.Text')).toMatchObject({
      id: 'note',
      maxLength: 1000,
    });
    // Buttons outside the forms must not be blocked by (or send) their inputs.
    const others = allNodes(card).filter(
      (node) =>
        node.type === 'Action.Execute' &&
        !['close', 'contactMade', 'refresh'].includes(String(node.verb)),
    );
    for (const action of others) expect(action.associatedInputs).toBe('none');
  });

  it('"Contact gelegd" opens a small form with an optional note of what was agreed', () => {
    const card = cardFor(caseInStatus('opgepakt'), viewers.assignee);
    expectValidForTeams(card);
    const form = (card.actions ?? []).find(
      (action) => action.type === 'Action.ShowCard' && action.title === 'Contact gelegd',
    );
    expect(form).toBeDefined();
    const inputs = allNodes(form).filter((node) => node.type === 'Input.Text');
    expect(inputs).toEqual([
      expect.objectContaining({
        id: 'contactNote',
        label: 'Wat is er afgesproken? (mag leeg blijven)',
        isMultiline: true,
        maxLength: 1000,
      }),
    ]);
    expect(inputs[0]).not.toHaveProperty('isRequired');
    const confirm = allNodes(form).find((node) => node.type === 'Action.Execute');
    expect(confirm).toMatchObject({ verb: 'contactMade', associatedInputs: 'auto' });
    // Input ids are unique on the card: the close form's note is another input.
    const ids = allNodes(card)
      .map((node) => node.id)
      .filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks Teams for personal views for at most 60 users', () => {
    const many = Array.from({ length: 75 }, (_, index) => `29:user-${index}`);
    const card = cardFor(caseInStatus('opgepakt'), SHARED_VIEWER, many);
    expect(card.refresh?.userIds).toHaveLength(MAX_REFRESH_USER_IDS);
    expect(card.refresh?.userIds[0]).toBe('29:user-0');
    expect(card.refresh?.action).toMatchObject({ type: 'Action.Execute', verb: 'refresh' });
    expectValidForTeams(card);
  });

  it('has no refresh when nobody needs a personal view', () => {
    expect(cardFor(caseInStatus('nieuw'), SHARED_VIEWER, []).refresh).toBeUndefined();
  });

  it('shows when the case arrived as a Dutch 24-hour time, never a duration that goes stale', () => {
    const json = JSON.stringify(cardFor(caseInStatus('nieuw'), SHARED_VIEWER));
    // Arrived 09:15 UTC = 10:15 in Enschede. The shared card is not redrawn as time passes, so
    // "2 uur geleden" would still say so tomorrow (ADR 0014, defect 9).
    expect(json).toContain('"title":"Binnen","value":"3 dec 10:15"');
    expect(json).not.toMatch(/geleden/);
  });

  it('shows the closing note on a closed card', () => {
    const json = JSON.stringify(cardFor(caseInStatus('afgerond'), SHARED_VIEWER));
    expect(json).toContain(
      '"title":"Notitie bij afronden","value":"Aangemeld bij de formulierenbrigade."',
    );
  });

  it('says "Bellen mag" only when there is a number to call', () => {
    const current = caseInStatus('nieuw');
    const emailOnly: Case = {
      ...current,
      melder: {
        kind: 'contact',
        name: 'Fatma',
        phone: null,
        email: 'fatma@example.nl',
        bestMoment: null,
        noCalls: false,
      },
    };
    const json = JSON.stringify(cardFor(emailOnly, SHARED_VIEWER));
    expect(json).not.toContain('Bellen mag');
    expect(json).toContain('Alleen e-mail: de inwoner gaf geen telefoonnummer');
  });

  it('says the contact details were erased, to everyone, once they are', () => {
    const current: Case = {
      ...caseInStatus('opgepakt'),
      melder: { kind: 'erased', at: '2026-12-04T10:00:00.000Z', reason: 'vergeet_mij' },
    };
    const json = JSON.stringify(cardFor(current, viewers.assignee));
    expect(json).toContain('Contactgegevens gewist op 4 december 2026');
    // A marker on top: claimable, but nobody can be reached (ADR 0014, defect 7).
    expect(json).toContain('Geen contactgegevens: de inwoner heeft ze laten wissen.');
    expect(json).toContain('"title":"Contact","value":"Geen contactgegevens"');
    for (const secret of contactStrings) expect(json).not.toContain(secret);
  });

  it('shows a notice above the card for the colleague who pressed a button', () => {
    const current = caseInStatus('opgepakt');
    const card = buildCaseCard(caseCardView(current, { now: NOW, viewer: viewers.member }), {
      text: 'Anna de Vries heeft deze casus al opgepakt. Er is niets veranderd.',
      tone: 'attention',
    });
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(JSON.stringify(card.body[0])).toContain('Anna de Vries heeft deze casus al opgepakt');
    expectValidForTeams(card);
  });

  it('shows the coordinator the buttons but not the contact details of a colleague’s case', () => {
    const coordinatorActor: Actor = coordinator;
    const view = caseCardView(caseInStatus('opgepakt'), {
      now: NOW,
      viewer: { kind: 'staff', actor: coordinatorActor },
    });
    expect(view.role).toBe('coordinator');
    expect(view.contact).toEqual({ kind: 'hidden' });
  });
});

describe('the message card for refusals', () => {
  it('is a valid 1.5 card with one clear line and no buttons', () => {
    const card = buildMessageCard(
      'U hoort niet bij het wijkteam van deze casus. Er is niets veranderd.',
    );
    expectValidForTeams(card);
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
    expect(JSON.stringify(card)).toContain('U hoort niet bij het wijkteam van deze casus.');
    expect(card).toMatchInlineSnapshot(`
      {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "body": [
          {
            "text": "Wijkwijzer",
            "type": "TextBlock",
            "weight": "bolder",
            "wrap": true,
          },
          {
            "items": [
              {
                "text": "U hoort niet bij het wijkteam van deze casus. Er is niets veranderd.",
                "type": "TextBlock",
                "wrap": true,
              },
            ],
            "style": "attention",
            "type": "Container",
          },
        ],
        "type": "AdaptiveCard",
        "version": "1.5",
      }
    `);
  });
});
