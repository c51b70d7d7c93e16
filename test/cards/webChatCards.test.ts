import { describe, expect, it } from 'vitest';
import {
  buildHandoverSummaryCard,
  handoverSummaryReplySchema,
  type HandoverSummaryView,
} from '../../src/cards/handoverSummaryCard.js';
import { buildChoiceCard } from '../../src/cards/choiceCard.js';
import { buildVoorzieningCard, type VoorzieningCardView } from '../../src/cards/voorzieningCard.js';
import { voorzieningCard, voorzieningView } from '../../src/cards/voorzieningView.js';
import { fakeVoorzieningen } from '../dialogs/fakeKnowledge.js';
import { allNodes, canonical, checkWithRenderer } from './adaptiveCardRenderer.js';

function expectValidForWebChat(card: unknown): void {
  const report = checkWithRenderer(card, '1.3');
  expect(report.parseEvents).toEqual([]);
  expect(report.validationEvents).toEqual([]);
  expect(canonical(report.roundTrip).toLowerCase()).toBe(canonical(card).toLowerCase());
  const types = allNodes(card).map((node) => node.type);
  expect(types).not.toContain('Action.Execute');
  expect(JSON.stringify(card)).not.toContain('"refresh"');
}

const formulierenbrigade: VoorzieningCardView = {
  name: 'Formulierenbrigade Enschede',
  explanation: 'Vrijwilligers helpen u gratis met formulieren en brieven.',
  howToApply: 'Kom langs op het spreekuur in het wijkcentrum. U hoeft geen afspraak te maken.',
  access: 'vrij-inlopen',
  phone: '0534811234',
  email: 'info@formulierenbrigade.example.nl',
  website: 'https://formulierenbrigade.example.nl',
  address: 'Wijkcentrum De Posten, Posten 10, Enschede',
  verifiedOn: new Date('2026-11-02T10:00:00Z'),
  fallbackPhone: { number: '14 053', owner: 'gemeente' },
};

describe('the voorziening card for Web Chat', () => {
  it('is a valid 1.3 card with tappable phone, e-mail and website links', () => {
    const card = buildVoorzieningCard(formulierenbrigade);
    expect(card.version).toBe('1.3');
    expectValidForWebChat(card);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Bel 053 481 1234', url: 'tel:+31534811234' },
      {
        type: 'Action.OpenUrl',
        title: 'Stuur een e-mail',
        url: 'mailto:info@formulierenbrigade.example.nl',
      },
      {
        type: 'Action.OpenUrl',
        title: 'Naar de website',
        url: 'https://formulierenbrigade.example.nl',
      },
    ]);
    expect(JSON.stringify(card)).toContain('Gecontroleerd op 2 november 2026.');
    // The facts are links too: Web Chat renders Markdown links as real anchors.
    expect(JSON.stringify(card)).toContain('[053 481 1234](tel:+31534811234)');
    expect(JSON.stringify(card)).toContain(
      '[info@formulierenbrigade.example.nl](mailto:info@formulierenbrigade.example.nl)',
    );
    expect(card).toMatchSnapshot();
  });

  it('unchecked, a place to go to says to call first, and no "nog niet gecontroleerd" on its own', () => {
    // ADR 0010 (2026-12-03): the bare notice stood on every card and asked nothing of anyone; a
    // trip to a moved place is what unchecked information can cost a resident.
    const card = buildVoorzieningCard({ ...formulierenbrigade, verifiedOn: null });
    const json = JSON.stringify(card);
    expect(json).toContain('Bel eerst even voordat u gaat.');
    expect(json).not.toMatch(/gecontroleerd/i);
    expectValidForWebChat(card);
    const lookFirst = buildVoorzieningCard({
      ...formulierenbrigade,
      phone: null,
      verifiedOn: null,
    });
    expect(JSON.stringify(lookFirst)).toContain('Kijk eerst op de website voordat u gaat.');
    expectValidForWebChat(lookFirst);
  });

  it('unchecked, a service by phone or online gets no freshness line at all', () => {
    const card = buildVoorzieningCard({
      ...formulierenbrigade,
      address: null,
      howToApply: null,
      verifiedOn: null,
    });
    expectValidForWebChat(card);
    expect(JSON.stringify(card.body)).not.toMatch(/gecontroleerd|Bel eerst|Kijk eerst/i);
    // The contact is all there: the number and the website say for themselves whether they work.
    expect(card.actions?.map((action) => action.title)).toContain('Bel 053 481 1234');
  });

  it('never turns a bad link from the knowledge file into a button', () => {
    const card = buildVoorzieningCard({
      ...formulierenbrigade,
      phone: null,
      email: 'geen-adres',
      website: 'javascript:alert(1)',
      howToApply: null,
      fallbackPhone: null,
    });
    expect(card.actions).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain('javascript:');
    expectValidForWebChat(card);
  });

  it('always leads somewhere: without a contact of its own, the card gives the gemeente number and says to ask for the wijkteam', () => {
    const card = buildVoorzieningCard({
      ...formulierenbrigade,
      howToApply: null,
      access: 'aanmelden',
      phone: null,
      email: null,
      website: null,
      address: null,
      verifiedOn: null,
    });
    expectValidForWebChat(card);
    const json = JSON.stringify(card);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Bel 14 053', url: 'tel:14053' },
    ]);
    expect(json).toContain('[14 053](tel:14053)');
    expect(json).toContain('"title":"Gemeente"');
    expect(json).toContain(
      'Bel de gemeente en vraag naar het wijkteam. Zeg dat u meer wilt weten over: Formulierenbrigade Enschede.',
    );
    // No number of its own: "call first" would point at nothing, and a bare notice tells nothing.
    expect(json).not.toContain('Bel eerst even');
    expect(json).not.toMatch(/gecontroleerd/i);
  });

  it('under the wijkteam’s own number, says to call the wijkteam, not to ask the gemeente for it', () => {
    const view = {
      ...formulierenbrigade,
      howToApply: null,
      access: 'aanmelden' as const,
      phone: null,
      email: null,
      website: null,
      address: null,
      verifiedOn: null,
      fallbackPhone: { number: '053 480 2299', owner: 'wijkteam' as const },
    };
    const dutch = buildVoorzieningCard(view);
    expectValidForWebChat(dutch);
    expect(dutch.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Bel 053 480 2299', url: 'tel:+31534802299' },
    ]);
    const json = JSON.stringify(dutch);
    expect(json).toContain('"title":"Wijkteam"');
    expect(json).toContain(
      'Bel het wijkteam. Zeg dat u meer wilt weten over: Formulierenbrigade Enschede.',
    );
    expect(json).not.toContain('Bel de gemeente');
    expect(json).not.toContain('"title":"Gemeente"');
    const english = JSON.stringify(buildVoorzieningCard(view, 'en'));
    expect(english).toContain('"title":"Wijkteam (neighbourhood team)"');
    expect(english).toContain('Call the wijkteam. Say that you want to know more about:');
    expect(english).not.toContain('Call the gemeente');
  });

  it('without any number in the knowledge, says to ask the gemeente for the wijkteam, in Dutch and English', () => {
    const view = {
      ...formulierenbrigade,
      howToApply: 'Meld u aan bij de balie.',
      access: 'aanmelden' as const,
      phone: null,
      email: null,
      website: null,
      address: null,
      verifiedOn: null,
      fallbackPhone: null,
    };
    const dutch = buildVoorzieningCard(view);
    expectValidForWebChat(dutch);
    expect(dutch.actions).toBeUndefined();
    expect(JSON.stringify(dutch)).toContain(
      'Vraag bij de gemeente naar het wijkteam. Zeg dat u meer wilt weten over: Formulierenbrigade Enschede.',
    );
    expect(JSON.stringify(dutch)).not.toContain('tel:');
    expect(JSON.stringify(buildVoorzieningCard(view, 'en'))).toContain(
      'Ask the gemeente for the wijkteam.',
    );
    // With a contact of its own, the card needs neither.
    const own = JSON.stringify(buildVoorzieningCard({ ...view, phone: '053-4811234' }));
    expect(own).not.toContain('Vraag bij de gemeente naar het wijkteam');
  });

  it.each([
    [
      'a phone line',
      { phone: '0800-0432', website: null, address: null },
      'U kunt zonder afspraak bellen.',
    ],
    [
      'an online service',
      { phone: null, email: null, website: 'https://www.mantelzorg.nl', address: null },
      'U kunt zonder afspraak online contact opnemen.',
    ],
    ['a place to walk in', { phone: null }, 'U kunt zonder afspraak binnenlopen.'],
  ])('says how to get in for %s', (_kind, change, sentence) => {
    const card = buildVoorzieningCard({
      ...formulierenbrigade,
      email: null,
      howToApply: null,
      ...change,
    });
    expect(JSON.stringify(card)).toContain(sentence);
    expectValidForWebChat(card);
  });

  it('names the card for a screen reader instead of "bijlage"', () => {
    expect(buildVoorzieningCard(formulierenbrigade).speak).toBe(
      'Formulierenbrigade Enschede. Vrijwilligers helpen u gratis met formulieren en brieven.',
    );
  });
});

describe("the card's freshness from the knowledge", () => {
  // Schuldhulp was checked on 2026-01-05; a check counts for REVIEW_MONTHS (6).
  const entry = fakeVoorzieningen.schuldhulp!;

  it('shows the date while the check counts, and no old date once it is overdue', () => {
    expect(voorzieningView(entry, '2026-03-02').verifiedOn?.toISOString()).toBe(
      '2026-01-05T12:00:00.000Z',
    );
    expect(JSON.stringify(voorzieningCard(entry, '2026-03-02'))).toContain(
      'Gecontroleerd op 5 januari 2026.',
    );
    expect(voorzieningView(entry, '2026-09-01').verifiedOn).toBeNull();
    const overdue = voorzieningCard(entry, '2026-09-01');
    expectValidForWebChat(overdue);
    expect(JSON.stringify(overdue)).not.toContain('Gecontroleerd op');
  });
});

describe('the voorziening card for a resident who writes English', () => {
  it('has English labels and access sentences, keeps the partner text, and is still valid 1.3', () => {
    const card = buildVoorzieningCard(formulierenbrigade, 'en');
    expectValidForWebChat(card);
    expect(card.actions?.map((action) => action.title)).toEqual([
      'Call 053 481 1234',
      'Send an e-mail',
      'Go to the website',
    ]);
    const json = JSON.stringify(card);
    expect(json).toContain('How to get there');
    expect(json).toContain('Checked on 2 November 2026.');
    expect(json).toContain('"title":"Phone"');
    // The partner's own words are shown as written (ADR 0010).
    expect(json).toContain('Kom langs op het spreekuur in het wijkcentrum.');
    expect(json).toContain('Vrijwilligers helpen u gratis met formulieren en brieven.');
  });

  it('says how to get in, and to call before going to a place nobody checked, in English', () => {
    const card = buildVoorzieningCard(
      { ...formulierenbrigade, howToApply: null, verifiedOn: null },
      'en',
    );
    expectValidForWebChat(card);
    const json = JSON.stringify(card);
    expect(json).toContain('You can walk in without an appointment.');
    expect(json).toContain('Call before you go.');
    expect(json).not.toContain('Not checked');
    expect(json).not.toContain('Zo komt u er');
  });

  it('without a contact of its own, says in English to call the gemeente', () => {
    const card = buildVoorzieningCard(
      {
        ...formulierenbrigade,
        phone: null,
        email: null,
        website: null,
        address: null,
        howToApply: null,
      },
      'en',
    );
    expectValidForWebChat(card);
    const json = JSON.stringify(card);
    // The word they will hear on the phone, explained as "wijkteam (neighbourhood team)" is.
    expect(json).toContain('"title":"Gemeente (municipality)"');
    expect(json).toContain('Call the gemeente and ask for the wijkteam.');
  });
});

describe('the choice card for a long list', () => {
  it('is one valid drop-down with one button, posting the choice like a tapped button', () => {
    const card = buildChoiceCard({
      label: 'Maak een keuze',
      placeholder: 'Kies…',
      choices: [
        { value: 'geld', title: '1. Geld' },
        { value: 'wonen', title: '2. Wonen' },
      ],
      submit: 'Kiezen',
      missing: 'Kies eerst iets in de lijst.',
    });
    expectValidForWebChat(card);
    expect(card.body).toEqual([
      expect.objectContaining({ type: 'Input.ChoiceSet', id: 'choice', isRequired: true }),
    ]);
    expect(card.actions).toEqual([
      expect.objectContaining({ type: 'Action.Submit', title: 'Kiezen' }),
    ]);
  });
});

const summary: HandoverSummaryView = {
  wijkteam: 'West',
  summary: 'Ik heb schulden en de brieven stapelen zich op.',
  triedAlready: '',
  forWhom: 'Voor zichzelf',
  area: 'Boswinkel (West)',
  contact: {
    name: 'Fatma',
    phone: '0612345678',
    email: null,
    bestMoment: 'Ochtend',
    noCalls: true,
  },
};

describe('the handover summary card for Web Chat', () => {
  it('is a valid 1.3 card the resident confirms, changes or cancels with Action.Submit', () => {
    const card = buildHandoverSummaryCard(summary);
    expectValidForWebChat(card);
    const submits = (card.actions ?? []).filter((action) => action.type === 'Action.Submit');
    expect(submits.map((action) => action.title)).toEqual([
      'Ja, versturen',
      'Aanpassen',
      'Niet versturen',
    ]);
    for (const action of submits) {
      expect(handoverSummaryReplySchema.safeParse(action.data).success).toBe(true);
    }
    const json = JSON.stringify(card);
    // Said once, as the heading: "Klopt dit?" is the question after the card (ADR 0014, defect 6).
    expect(JSON.stringify(card.body).match(/Dit sturen we/g)).toHaveLength(1);
    expect(json).not.toContain('Klopt dit?');
    expect(json).toContain('Dit sturen we naar wijkteam West');
    expect(json).toContain('06 12345678');
    expect(json).toContain('Liever niet, alleen sms of e-mail');
    expect(json).toContain('Niets genoemd');
    expect(card).toMatchSnapshot();
  });

  it('refuses a forged reply', () => {
    expect(handoverSummaryReplySchema.safeParse({ handover: 'send-everything' }).success).toBe(
      false,
    );
  });
});
