// @ts-check
/**
 * The Casusbord: the Teams tab where a wijkteam sees and works the cases the wijkwijzer handed
 * over. Inside Teams it signs in with single sign-on (teams-js `getAuthToken`); outside Teams it
 * offers the development login when the server has it on, or says to open it in Teams.
 *
 * The browser decides nothing that matters: every list, detail and button press goes to
 * /api/board with a bearer token, and the server decides what this colleague may see and do.
 * Texts come from the server (/api/board/config), so all Dutch copy stays in src/i18n/nl/board.ts.
 */
import {
  alertBox,
  apiClient,
  ApiError,
  byId,
  explain as explainFor,
  fill,
  initialiseTeams,
  setOptions,
  signIn,
  statusLine,
  teamsJs,
} from '../shared/staffPage.js';

(() => {
  /** @typedef {import('./teams').WijkwijzerTeamsContext} WijkwijzerTeamsContext */
  /** @typedef {import('../shared/staffPage.js').Option} Option */

  /**
   * @typedef {object} BoardConfig
   * @property {boolean} devLogin
   * @property {boolean} ssoConfigured
   * @property {Option[]} personas
   * @property {Option[]} statuses
   * @property {Option[]} outcomes
   * @property {Record<string, any>} texts
   */
  /**
   * @typedef {object} Me
   * @property {string} name
   * @property {'sso' | 'dev'} via
   * @property {boolean} coordinator
   * @property {{ id: string, name: string }[]} wijkteams
   */
  /**
   * @typedef {object} CaseSummary
   * @property {string} reference
   * @property {number} version
   * @property {{ id: string, name: string }} wijkteam
   * @property {string} status
   * @property {string} statusLabel
   * @property {string | null} outcomeLabel
   * @property {string | null} area
   * @property {string[]} levensgebieden
   * @property {string} summaryExcerpt
   * @property {string} receivedAt
   * @property {string} receivedLabel
   * @property {string} waitingLabel
   * @property {boolean} overdue
   * @property {string | null} assignee
   * @property {boolean} mine
   * @property {boolean} noContact
   */
  /**
   * @typedef {{ kind: 'visible', name: string, phone: string | null, email: string | null }
   *   | { kind: 'hidden' } | { kind: 'erased', date: string }} Contact
   */
  /**
   * @typedef {object} HistoryItem
   * @property {string} at
   * @property {string} atLabel
   * @property {string} who
   * @property {string} actionLabel
   * @property {string | null} outcomeLabel
   * @property {string | null} note
   */
  /**
   * @typedef {CaseSummary & {
   *   summary: string, forWhom: string, ageBand: string | null, triedAlready: string,
   *   voorzieningenShown: string[], conversationCount: number, contactPreference: string,
   *   contact: Contact, history: HistoryItem[], actions: string[]
   * }} CaseDetail
   */

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {{ className?: string, text?: string }} [options]
   * @param {(Node | string)[]} [children]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, options = {}, children = []) {
    const element = document.createElement(tag);
    if (options.className !== undefined) element.className = options.className;
    if (options.text !== undefined) element.textContent = options.text;
    for (const child of children) element.append(child);
    return element;
  }

  const client = apiClient('/api/board');
  const { api } = client;
  const { announce, clear: clearStatus } = statusLine(byId('status'));
  const showAlert = alertBox(byId('alert'));

  // --- Theme -----------------------------------------------------------------------------------

  /** @param {string | undefined} theme Teams says default, dark or contrast. */
  function applyTheme(theme) {
    const known = theme === 'dark' || theme === 'contrast' ? theme : 'default';
    document.documentElement.dataset.theme = known;
  }

  // Until (or unless) Teams says otherwise, follow the browser's own light or dark preference.
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
  applyTheme(prefersDark.matches ? 'dark' : 'default');

  // --- Signing in ------------------------------------------------------------------------------

  /** @type {BoardConfig} */
  let config;
  /** @type {Me | null} */
  let me = null;
  /** @type {WijkwijzerTeamsContext | null} */
  let teamsContext = null;

  /** @param {unknown} error */
  function explain(error) {
    return explainFor(error, config.texts, me?.via ?? null);
  }

  async function signedIn() {
    me = /** @type {Me} */ (await api('/me'));
    const texts = config.texts;
    const who = byId('who');
    const parts = [fill(texts.signedInAs, { name: me.name })];
    parts.push(
      me.coordinator
        ? texts.coordinatorScope
        : fill(texts.teamsOf, { teams: me.wijkteams.map((team) => team.name).join(', ') }),
    );
    if (me.via === 'dev') parts.push(texts.viaDevLogin);
    who.textContent = parts.join(' ');
    who.hidden = false;
    setUpFilters();
    byId('overview').hidden = false;
    await loadList({ announceResult: true });
  }

  // --- The list --------------------------------------------------------------------------------

  let filtersReady = false;

  function setUpFilters() {
    if (filtersReady || me === null) return;
    filtersReady = true;
    const texts = config.texts;
    byId('filters-heading').textContent = texts.filtersHeading;
    byId('filter-status-label').textContent = texts.filterStatus;
    byId('filter-age-label').textContent = texts.filterAge;
    byId('filter-team-label').textContent = texts.filterTeam;
    byId('filter-sort-label').textContent = texts.sort;
    byId('filter-mine-label').textContent = texts.filterMine;
    byId('refresh').textContent = texts.refresh;
    byId('list-heading').textContent = texts.listHeading;
    byId('back').textContent = texts.backToList;

    setOptions(/** @type {HTMLSelectElement} */ (byId('filter-status')), [
      { id: 'open', label: texts.statusOpen },
      ...config.statuses,
      { id: 'all', label: texts.statusAll },
    ]);
    setOptions(/** @type {HTMLSelectElement} */ (byId('filter-age')), [
      { id: 'any', label: texts.ageAny },
      { id: 'overdue', label: texts.ageOverdue },
      { id: 'day', label: texts.ageDay },
      { id: 'threeDays', label: texts.ageThreeDays },
      { id: 'week', label: texts.ageWeek },
    ]);
    setOptions(/** @type {HTMLSelectElement} */ (byId('filter-sort')), [
      { id: 'waiting', label: texts.sortWaiting },
      { id: 'newest', label: texts.sortNewest },
    ]);
    const teamSelect = /** @type {HTMLSelectElement} */ (byId('filter-team'));
    if (me.wijkteams.length > 1) {
      setOptions(teamSelect, [
        { id: '', label: texts.teamAll },
        ...me.wijkteams.map((team) => ({ id: team.id, label: team.name })),
      ]);
      // A channel tab opens /tab/?wijkteam=<id>, chosen when it was added (/tab/configure);
      // otherwise start with the wijkteam whose name the Teams team's name contains.
      const chosen = new URLSearchParams(window.location.search).get('wijkteam');
      const teamName = teamsContext?.team?.displayName?.toLowerCase();
      const match =
        me.wijkteams.find((team) => team.id === chosen) ??
        me.wijkteams.find(
          (team) => teamName !== undefined && teamName.includes(team.name.toLowerCase()),
        );
      if (match !== undefined) teamSelect.value = match.id;
      byId('filter-team-field').hidden = false;
    }

    const form = /** @type {HTMLFormElement} */ (byId('filters'));
    form.addEventListener('change', () => void loadList({ announceResult: true }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void loadList({ announceResult: true });
    });
    byId('refresh').addEventListener('click', () => void loadList({ announceResult: true }));
    byId('back').addEventListener('click', () => closeDetail());
  }

  function listQuery() {
    const form = /** @type {HTMLFormElement} */ (byId('filters'));
    const data = new FormData(form);
    const query = new URLSearchParams();
    for (const [key, value] of data) {
      if (typeof value === 'string' && value !== '') query.set(key, value);
    }
    return query.toString();
  }

  /**
   * @param {string} label
   * @param {string | Node} value
   */
  function fact(label, value) {
    return el('div', { className: 'fact' }, [el('dt', { text: label }), el('dd', {}, [value])]);
  }

  function overdueMarker() {
    const icon = el('span', { className: 'marker__icon', text: '⚠' });
    icon.setAttribute('aria-hidden', 'true');
    return el('p', { className: 'marker marker--overdue' }, [icon, ` ${config.texts.overdue}`]);
  }

  /** A case whose contact details the resident erased: claimable, but nobody can be reached. */
  function noContactMarker() {
    const icon = el('span', { className: 'marker__icon', text: '✉' });
    icon.setAttribute('aria-hidden', 'true');
    return el('p', { className: 'marker marker--no-contact' }, [
      icon,
      ` ${config.texts.noContact}`,
    ]);
  }

  /** @param {CaseSummary} item */
  function assigneeText(item) {
    if (item.assignee === null) return config.texts.nobody;
    return item.mine ? `${item.assignee} ${config.texts.mine}` : item.assignee;
  }

  /** @param {CaseSummary} item */
  function listItem(item) {
    const texts = config.texts;
    const open = el('button', { className: 'case-item__open', text: item.reference });
    open.type = 'button';
    open.dataset.reference = item.reference;
    open.setAttribute('aria-label', fill(texts.openCase, { reference: item.reference }));
    open.addEventListener('click', () => void openDetail(item.reference));
    const children = /** @type {Node[]} */ ([el('h3', { className: 'case-item__title' }, [open])]);
    if (item.overdue) children.push(overdueMarker());
    if (item.noContact) children.push(noContactMarker());
    children.push(el('p', { className: 'case-item__excerpt', text: item.summaryExcerpt }));
    children.push(
      el('dl', { className: 'facts' }, [
        fact(
          texts.columns.status,
          item.outcomeLabel ? `${item.statusLabel}: ${item.outcomeLabel}` : item.statusLabel,
        ),
        fact(texts.columns.wijkteam, item.wijkteam.name),
        fact(texts.columns.area, item.area ?? texts.unknownArea),
        ...(item.levensgebieden.length === 0
          ? []
          : [fact(texts.columns.subjects, item.levensgebieden.join(', '))]),
        fact(texts.columns.received, `${item.receivedLabel} (${item.waitingLabel})`),
        fact(texts.columns.assignee, assigneeText(item)),
      ]),
    );
    const li = el('li', { className: `case-item${item.overdue ? ' case-item--overdue' : ''}` });
    li.append(...children);
    return li;
  }

  let listRequest = 0;

  /** @param {{ announceResult?: boolean }} [options] */
  async function loadList(options = {}) {
    const request = ++listRequest;
    try {
      const result = await api(`/cases?${listQuery()}`);
      if (request !== listRequest) return;
      const texts = config.texts;
      /** @type {CaseSummary[]} */
      const items = result.cases;
      byId('casussen').replaceChildren(...items.map(listItem));
      const empty = byId('list-empty');
      empty.textContent = texts.empty;
      empty.hidden = items.length > 0;
      const summary = [
        fill(result.total === 1 ? texts.listSummaryOne : texts.listSummary, {
          shown: items.length,
          total: result.total,
        }),
      ];
      if (result.overdue > 0) summary.push(fill(texts.listOverdue, { count: result.overdue }));
      byId('list-summary').textContent = summary.join(' ');
      showAlert(null);
      if (options.announceResult === true) {
        announce(
          fill(items.length === 1 ? texts.listUpdatedOne : texts.listUpdated, {
            shown: items.length,
          }),
        );
      }
    } catch (error) {
      showAlert(explain(error));
    }
  }

  // --- The detail ------------------------------------------------------------------------------

  /** @type {CaseDetail | null} */
  let shown = null;

  /** @param {Contact} contact */
  function contactSection(contact) {
    const texts = config.texts;
    const section = el('section', { className: 'detail__section' }, [
      el('h3', { text: texts.sections.contact }),
    ]);
    if (contact.kind === 'visible') {
      section.append(el('p', { className: 'yours', text: texts.contactYours }));
      const facts = [fact(texts.labels.name, contact.name)];
      if (contact.phone !== null) {
        const link = el('a', { text: contact.phone });
        link.href = `tel:${contact.phone.replace(/[^\d+]/g, '')}`;
        facts.push(fact(texts.labels.phone, link));
      }
      if (contact.email !== null) {
        const link = el('a', { text: contact.email });
        link.href = `mailto:${contact.email}`;
        facts.push(fact(texts.labels.email, link));
      }
      section.append(el('dl', { className: 'facts' }, facts));
    } else if (contact.kind === 'erased') {
      section.append(
        el('p', { className: 'subtle', text: fill(texts.contactErased, { date: contact.date }) }),
      );
    } else {
      section.append(el('p', { className: 'subtle', text: texts.contactHidden }));
    }
    return section;
  }

  /** @param {HistoryItem[]} history */
  function historySection(history) {
    const texts = config.texts;
    const list = el(
      'ol',
      { className: 'history' },
      history.map((entry) => {
        const time = el('time', { text: entry.atLabel });
        time.dateTime = entry.at;
        const what = entry.outcomeLabel
          ? `${entry.actionLabel}: ${entry.outcomeLabel}`
          : entry.actionLabel;
        const item = el('li', {}, [time, ` · ${entry.who} · ${what}`]);
        if (entry.note !== null) {
          item.append(
            el('p', { className: 'history__note', text: `${texts.history.note}: ${entry.note}` }),
          );
        }
        return item;
      }),
    );
    return el('section', { className: 'detail__section' }, [
      el('h3', { text: texts.sections.history }),
      list,
    ]);
  }

  /** @param {CaseDetail} item */
  function actionsSection(item) {
    const texts = config.texts;
    const section = el('section', { className: 'detail__section' }, [
      el('h3', { text: texts.sections.actions }),
    ]);
    if (item.actions.length === 0) {
      for (const verb of DRAFT_VERBS) writeDraft(verb, '');
      section.append(el('p', { className: 'subtle', text: texts.noActions }));
      return section;
    }
    const buttons = el('div', { className: 'actions' });
    section.append(buttons);
    for (const verb of item.actions) {
      const button = el('button', {
        className: `button${verb === 'claim' ? ' button--primary' : ''}`,
        text: texts.actions[verb] ?? verb,
      });
      button.type = 'button';
      button.dataset.verb = verb;
      const formId =
        verb === 'close' ? 'close-form' : verb === 'contactMade' ? 'contact-form' : null;
      if (formId !== null) {
        button.setAttribute('aria-expanded', 'false');
        button.setAttribute('aria-controls', formId);
        button.addEventListener('click', () => {
          const form = byId(formId);
          form.hidden = false;
          button.setAttribute('aria-expanded', 'true');
          const first = form.querySelector('input, textarea');
          if (first instanceof HTMLElement) first.focus();
        });
      } else {
        button.addEventListener('click', () => void act({ verb }));
      }
      buttons.append(button);
    }
    if (item.actions.includes('contactMade')) section.append(contactForm());
    if (item.actions.includes('close')) section.append(closeForm());
    // A draft for a step this case no longer offers (a colleague closed it, or took it over) could
    // never be sent nor shown again: delete it rather than leave the note in the tab.
    for (const verb of DRAFT_VERBS) {
      if (!item.actions.includes(verb)) writeDraft(verb, '');
    }
    // A form with a kept draft opens again, so the colleague sees their text at once.
    for (const [verb, formId] of /** @type {const} */ ([
      ['contactMade', 'contact-form'],
      ['close', 'close-form'],
    ])) {
      const form = section.querySelector(`#${formId}`);
      if (form instanceof HTMLElement && readDraft(verb) !== '') {
        form.hidden = false;
        section.querySelector(`button[data-verb="${verb}"]`)?.setAttribute('aria-expanded', 'true');
      }
    }
    return section;
  }

  // --- Drafts ----------------------------------------------------------------------------------

  /** The steps whose form has a note, and so a draft. */
  const DRAFT_VERBS = /** @type {const} */ (['contactMade', 'close']);

  /**
   * What a colleague types in a form is kept in this tab's sessionStorage, by case and verb, until
   * the step is saved or cancelled: an expired sign-in means signing in again, and the note must
   * survive that (docs/adr/0011-casusbord-and-staff-auth.md, amendment). "Annuleren" deletes it,
   * as does a step the case no longer offers. Where storage is blocked, no draft.
   * @param {string} verb
   */
  function draftKey(verb) {
    return `wijkwijzer.board.draft:${shown?.reference ?? ''}:${verb}`;
  }

  /** @param {string} verb @returns {string} */
  function readDraft(verb) {
    try {
      return window.sessionStorage.getItem(draftKey(verb)) ?? '';
    } catch {
      return '';
    }
  }

  /** @param {string} verb @param {string} text */
  function writeDraft(verb, text) {
    try {
      if (text.trim() === '') window.sessionStorage.removeItem(draftKey(verb));
      else window.sessionStorage.setItem(draftKey(verb), text);
    } catch {
      // Storage blocked or full: the form still works, only without a kept draft.
    }
  }

  /**
   * A note field with its label and hint; the hint is read with the field. What is typed is kept
   * as a draft for `verb` (see above) and comes back when the form is built again.
   * @param {string} id @param {string} labelText @param {string} hintText @param {string} verb
   */
  function noteField(id, labelText, hintText, verb) {
    const label = el('label', { text: labelText });
    label.htmlFor = id;
    const hint = el('p', { className: 'hint', text: hintText });
    hint.id = `${id}-hint`;
    const note = el('textarea');
    note.id = id;
    note.name = 'note';
    note.rows = 3;
    note.maxLength = 1000;
    note.setAttribute('aria-describedby', hint.id);
    note.value = readDraft(verb);
    note.addEventListener('input', () => writeDraft(verb, note.value));
    return { field: el('div', { className: 'field' }, [label, hint, note]), note };
  }

  /**
   * "Annuleren": empties the form, deletes its draft, hides it and gives focus back to the button
   * that opened it. Cancelling means the note is not wanted; it must not come back later.
   * @param {HTMLFormElement} form @param {string} verb
   */
  function cancelForm(form, verb) {
    form.reset();
    writeDraft(verb, '');
    form.querySelectorAll('.field-error').forEach((error) => {
      if (error instanceof HTMLElement) error.hidden = true;
    });
    form.querySelector('fieldset')?.removeAttribute('aria-describedby');
    form.hidden = true;
    const opener = document.querySelector(`button[data-verb="${verb}"]`);
    opener?.setAttribute('aria-expanded', 'false');
    if (opener instanceof HTMLElement) opener.focus();
  }

  /** "Contact gelegd": what was agreed, optional (docs/adr/0011-casusbord-and-staff-auth.md, §5). */
  function contactForm() {
    const texts = config.texts.contactForm;
    const form = el('form', { className: 'close-form panel' });
    form.id = 'contact-form';
    form.hidden = true;
    form.noValidate = true;
    const { field, note } = noteField('contact-note', texts.note, texts.noteHint, 'contactMade');
    const confirm = el('button', { className: 'button button--primary', text: texts.confirm });
    confirm.type = 'submit';
    const cancel = el('button', { className: 'button', text: texts.cancel });
    cancel.type = 'button';
    cancel.addEventListener('click', () => cancelForm(form, 'contactMade'));
    form.append(field, el('div', { className: 'actions' }, [confirm, cancel]));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = note.value.trim();
      void act({ verb: 'contactMade', ...(text === '' ? {} : { note: text }) });
    });
    return form;
  }

  function closeForm() {
    const texts = config.texts.closeForm;
    const form = el('form', { className: 'close-form panel' });
    form.id = 'close-form';
    form.hidden = true;
    form.noValidate = true;
    const legend = el('legend', { text: texts.legend });
    const error = el('p', { className: 'field-error' });
    error.id = 'outcome-error';
    error.hidden = true;
    const fieldset = el('fieldset', {}, [legend, error]);
    for (const outcome of config.outcomes) {
      const input = el('input');
      input.type = 'radio';
      input.name = 'outcome';
      input.value = outcome.id;
      input.id = `outcome-${outcome.id}`;
      const label = el('label', { text: outcome.label });
      label.htmlFor = input.id;
      fieldset.append(el('div', { className: 'field field--check' }, [input, label]));
    }
    const { field, note } = noteField('close-note', texts.note, texts.noteHint, 'close');
    const confirm = el('button', { className: 'button button--primary', text: texts.confirm });
    confirm.type = 'submit';
    const cancel = el('button', { className: 'button', text: texts.cancel });
    cancel.type = 'button';
    cancel.addEventListener('click', () => cancelForm(form, 'close'));
    form.append(fieldset, field, el('div', { className: 'actions' }, [confirm, cancel]));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector('input[name="outcome"]:checked');
      if (!(chosen instanceof HTMLInputElement)) {
        error.textContent = texts.outcomeMissing;
        error.hidden = false;
        fieldset.setAttribute('aria-describedby', error.id);
        form.querySelector('input')?.focus();
        return;
      }
      const text = note.value.trim();
      void act({ verb: 'close', outcome: chosen.value, ...(text === '' ? {} : { note: text }) });
    });
    return form;
  }

  /** @param {CaseDetail} item */
  function renderDetail(item) {
    shown = item;
    const texts = config.texts;
    byId('detail-heading').textContent = fill(texts.detailHeading, { reference: item.reference });
    byId('detail-team').textContent = fill(texts.detailForTeam, { team: item.wijkteam.name });
    const facts = [
      fact(texts.labels.status, item.statusLabel),
      ...(item.outcomeLabel === null ? [] : [fact(texts.labels.outcome, item.outcomeLabel)]),
      fact(texts.labels.assignee, assigneeText(item)),
      fact(texts.labels.received, `${item.receivedLabel} (${item.waitingLabel})`),
      fact(texts.labels.area, item.area ?? texts.unknownArea),
      fact(texts.labels.forWhom, item.forWhom),
      ...(item.ageBand === null ? [] : [fact(texts.labels.ageBand, item.ageBand)]),
      fact(texts.labels.subjects, item.levensgebieden.join(', ') || '—'),
      fact(texts.labels.conversations, String(item.conversationCount)),
      fact(texts.labels.contactPreference, item.contactPreference),
    ];
    const body = byId('detail-body');
    body.replaceChildren(
      ...(item.overdue ? [overdueMarker()] : []),
      ...(item.noContact ? [noContactMarker()] : []),
      el('section', { className: 'detail__section' }, [
        el('h3', { text: texts.sections.question }),
        el('p', { className: 'story', text: item.summary }),
      ]),
      el('section', { className: 'detail__section' }, [
        el('h3', { text: texts.sections.details }),
        el('dl', { className: 'facts' }, facts),
      ]),
      el('section', { className: 'detail__section' }, [
        el('h3', { text: texts.sections.tried }),
        el('p', { text: item.triedAlready || texts.nothingTried }),
      ]),
      el('section', { className: 'detail__section' }, [
        el('h3', { text: texts.sections.shown }),
        item.voorzieningenShown.length === 0
          ? el('p', { text: texts.nothingShown })
          : el(
              'ul',
              {},
              item.voorzieningenShown.map((name) => el('li', { text: name })),
            ),
      ]),
      contactSection(item.contact),
      actionsSection(item),
      historySection(item.history),
    );
  }

  /** @param {string | null} text */
  function showNotice(text) {
    const notice = byId('notice');
    notice.textContent = text ?? '';
    notice.hidden = text === null;
  }

  /** @param {string} reference */
  async function openDetail(reference) {
    try {
      showAlert(null);
      const result = await api(`/cases/${encodeURIComponent(reference)}`);
      showNotice(null);
      renderDetail(result.case);
      byId('overview').hidden = true;
      byId('detail').hidden = false;
      byId('detail-heading').focus();
    } catch (error) {
      showAlert(explain(error));
    }
  }

  function closeDetail() {
    const reference = shown?.reference;
    shown = null;
    byId('detail').hidden = true;
    byId('overview').hidden = false;
    void loadList().then(() => {
      const button = reference
        ? document.querySelector(`button[data-reference="${CSS.escape(reference)}"]`)
        : null;
      if (button instanceof HTMLElement) button.focus();
      else byId('list-heading').focus();
    });
  }

  /** @param {{ verb: string, outcome?: string, note?: string }} action */
  async function act(action) {
    if (shown === null) return;
    const payload = { reference: shown.reference, expectedVersion: shown.version, ...action };
    const buttons = byId('detail-body').querySelectorAll('button');
    buttons.forEach((button) => (button.disabled = true));
    announce(config.texts.working);
    try {
      const result = await api('/actions', { method: 'POST', body: payload });
      writeDraft(action.verb, '');
      renderDetail(result.case);
      showNotice(result.notice);
    } catch (error) {
      if (error instanceof ApiError && error.httpStatus === 401) {
        // Signed out: say it once, at the top, and leave the case and its form as they are (the
        // draft is kept); the list behind it would only fail with the same message.
        byId('detail-body')
          .querySelectorAll('button')
          .forEach((button) => (button.disabled = false));
        clearStatus();
        showNotice(null);
        showAlert(explain(error));
        return;
      }
      // A refusal comes with the case as it is now: show it, so nobody acts on an old picture.
      if (error instanceof ApiError && error.body?.case) renderDetail(error.body.case);
      showNotice(
        error instanceof ApiError && typeof error.body?.notice === 'string'
          ? error.body.notice
          : explain(error),
      );
    } finally {
      byId('detail-body')
        .querySelectorAll('button')
        .forEach((button) => (button.disabled = false));
    }
    // The notice takes focus and is read out; the live region must not keep saying "Even geduld".
    clearStatus();
    byId('notice').focus();
    void loadList();
  }

  // --- Start -----------------------------------------------------------------------------------

  async function start() {
    const configured = api('/config', { auth: false });
    teamsContext = await initialiseTeams('/tab/teams-js.js');
    const teams = teamsJs();
    if (teamsContext !== null && teams !== undefined) {
      applyTheme(teamsContext.app.theme);
      teams.app.registerOnThemeChangeHandler(applyTheme);
    }
    try {
      config = await configured;
    } catch {
      // Without the config there are no texts from the server: the page template holds this one.
      showAlert(byId('unavailable').textContent);
      return;
    }
    await signIn({
      client,
      config,
      inTeams: teamsContext !== null,
      announce,
      showAlert,
      signedIn,
      via: () => me?.via ?? null,
    });
  }

  void start();
})();
