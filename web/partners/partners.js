// @ts-check
/**
 * The partner page (/partners/): a colleague of a welzijnspartner signs in with an e-mail link and
 * keeps the entries of their own organisation. The form is generated from the JSON Schema of the
 * zod schema (GET /api/partners/config), with the field help of knowledge/README.md; every pause in
 * typing asks the server's checker (the same as `wijkwijzer knowledge check`) and shows the card as
 * residents get it, rendered by Web Chat itself. All texts come from the server (src/i18n/nl).
 */
(() => {
  const TOKEN_KEY = 'wijkwijzer.partners.token';
  const CHECK_DELAY_MS = 500;

  /**
   * @typedef {{ type?: string, enum?: string[], properties?: Record<string, JsonSchema>,
   *   items?: JsonSchema, anyOf?: JsonSchema[], format?: string, maxLength?: number,
   *   required?: string[], description?: string }} JsonSchema
   * @typedef {string | number | boolean | null | unknown[] | { [key: string]: unknown }} RawValue
   * @typedef {{ [key: string]: unknown }} RawEntry
   * @typedef {{ severity: string, code: string, message: string, field: string | null, line: number }} Diagnostic
   * @typedef {{ errors: Diagnostic[], warnings: Diagnostic[], card: object | null }} CheckResult
   * @typedef {{ state: string, dueOn: string | null }} Review
   * @typedef {{ id: string, naam: string, entry: RawEntry, etag: string, review: Review, pending: number | null }} EntryView
   * @typedef {{ element: HTMLElement, read: () => RawValue | undefined, focus: () => void }} Control
   */

  /** @type {any} */
  let config = null;
  /** @type {Record<string, string>} */
  let texts = {};
  /** @type {string | null} */
  let token = null;
  /** @type {{ label: string, kind: string, redactie: boolean, beheerders: { id: string, naam: string }[] } | null} */
  let me = null;
  /** @type {string | null} */
  let beheerder = null;
  /** @type {{ originalId: string | null, etag: string | null, controls: Map<string, Control>, read: () => RawEntry, bron: () => string | null, started: RawEntry } | null} */
  let editing = null;
  /** @type {number | undefined} */
  let checkTimer;
  let checkRound = 0;

  /**
   * @param {unknown} value
   * @returns {Record<string, unknown>}
   */
  function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? /** @type {Record<string, unknown>} */ (value)
      : {};
  }

  /** @param {string} id */
  function byId(id) {
    const element = document.getElementById(id);
    if (element === null) throw new Error(`missing #${id}`);
    return element;
  }

  /**
   * @param {string} template
   * @param {Record<string, string | number>} [values]
   */
  function fill(template, values = {}) {
    return template.replace(/\{(\w+)\}/g, (whole, key) =>
      values[key] === undefined ? whole : String(values[key]),
    );
  }

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attributes]
   * @param {string} [text]
   */
  function el(tag, attributes = {}, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * A button whose accessible name says what it acts on ("Klopt nog: Jongerenwerk").
   * @param {string} text
   * @param {string} label
   * @param {boolean} primary
   * @param {() => Promise<void>} onClick
   */
  function actionButton(text, label, primary, onClick) {
    const button = el(
      'button',
      { type: 'button', class: primary ? 'button button--primary' : 'button', 'aria-label': label },
      text,
    );
    button.addEventListener('click', () => void onClick());
    return button;
  }

  /** @param {string} message */
  function setStatus(message) {
    byId('status').textContent = message;
  }

  /** @param {string | null} message */
  function setAlert(message) {
    const alert = byId('alert');
    alert.hidden = message === null;
    alert.textContent = message ?? '';
  }

  /**
   * @param {string} id
   * @param {string | null} message
   * @param {'done' | 'problem'} [kind] a problem (nothing saved, a conflict) is shown as one
   */
  function showNotice(id, message, kind = 'done') {
    const notice = byId(id);
    notice.hidden = message === null;
    notice.textContent = message ?? '';
    // "Er is niets opgeslagen" in the green of "Opgeslagen" read as done at a glance.
    notice.classList.toggle('notice--problem', kind === 'problem');
    if (message !== null) notice.focus();
  }

  /** @param {'signin' | 'overview' | 'editor' | 'changes'} name */
  function show(name) {
    for (const section of ['signin', 'overview', 'editor', 'changes']) {
      byId(section).hidden = section !== name;
    }
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @returns {Promise<{ status: number, body: any }>}
   */
  async function api(method, path, body) {
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json' };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed = null;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (response.status === 401 && token !== null) {
      signOutLocally();
      setAlert(parsed?.error?.message ?? texts.failed ?? '');
    }
    return { status: response.status, body: parsed };
  }

  /** @param {{ body: any }} result */
  function errorMessage(result) {
    return result.body?.error?.message ?? texts.failed ?? '';
  }

  function signOutLocally() {
    token = null;
    me = null;
    try {
      window.sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // Storage refused: nothing kept, nothing to remove.
    }
    byId('who-bar').hidden = true;
    show('signin');
  }

  /** @param {string} value */
  function keepToken(value) {
    token = value;
    try {
      window.sessionStorage.setItem(TOKEN_KEY, value);
    } catch {
      // Private browsing may refuse storage: the session lasts until the page is closed.
    }
  }

  // --- Sign-in ----------------------------------------------------------------------------------

  function renderSignIn() {
    byId('signin-heading').textContent = texts.signInHeading ?? '';
    byId('signin-intro').textContent =
      (config.emailSignIn ? texts.signInIntro : texts.emailOff) ?? '';
    byId('link-form').hidden = !config.emailSignIn;
    byId('email-label').textContent = texts.emailLabel ?? '';
    byId('email-help').textContent = texts.emailHelp ?? '';
    byId('send-link').textContent = texts.sendLink ?? '';
    const staff = byId('staff');
    staff.hidden = !(config.staffLogin.dev && config.staffLogin.personas.length > 0);
    byId('staff-heading').textContent = texts.staffHeading ?? '';
    byId('staff-intro').textContent = texts.staffIntro ?? '';
    byId('persona-label').textContent = texts.personaLabel ?? '';
    byId('staff-button').textContent = texts.staffSignIn ?? '';
    const persona = /** @type {HTMLSelectElement} */ (byId('persona'));
    persona.replaceChildren(
      ...config.staffLogin.personas.map((/** @type {{ id: string, label: string }} */ item) =>
        el('option', { value: item.id }, item.label),
      ),
    );
  }

  /** @param {SubmitEvent} event */
  async function requestLink(event) {
    event.preventDefault();
    const input = /** @type {HTMLInputElement} */ (byId('email'));
    const error = byId('email-error');
    const value = input.value.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      input.setAttribute('aria-invalid', 'true');
      error.hidden = false;
      error.textContent = texts.emailInvalid ?? '';
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    error.hidden = true;
    const result = await api('POST', '/api/partners/sign-in/request', { email: value });
    if (result.status === 202) {
      setAlert(null);
      showNotice('link-sent', fill(texts.linkSent ?? '', { minutes: config.linkTtlMinutes }));
    } else {
      setAlert(errorMessage(result));
    }
  }

  /** @param {SubmitEvent} event */
  async function staffSignIn(event) {
    event.preventDefault();
    const persona = /** @type {HTMLSelectElement} */ (byId('persona')).value;
    const result = await api('POST', '/api/board/dev-login', { persona });
    if (result.status !== 200) {
      setAlert(errorMessage(result));
      return;
    }
    keepToken(result.body.token);
    await start();
  }

  /** Uses a `#link=…` from the e-mail once, then removes it from the address bar. */
  async function useLinkFromAddress() {
    const match = /(?:^|[#&])link=([A-Za-z0-9_-]{43})(?:&|$)/.exec(window.location.hash);
    if (match === null) return;
    history.replaceState(null, '', window.location.pathname + window.location.search);
    setStatus(texts.signingIn ?? '');
    const result = await api('POST', '/api/partners/sign-in', { link: match[1] });
    if (result.status === 200) keepToken(result.body.token);
    else setAlert(errorMessage(result));
  }

  // --- Overview ---------------------------------------------------------------------------------

  async function start() {
    const result = await api('GET', '/api/partners/me');
    if (result.status !== 200) {
      if (result.status !== 401) setAlert(errorMessage(result));
      signOutLocally();
      setStatus('');
      return;
    }
    setAlert(null);
    me = result.body;
    const who = /** @type {NonNullable<typeof me>} */ (me);
    byId('who').textContent = fill(texts.signedInAs ?? '', { who: who.label });
    byId('who-bar').hidden = false;
    const wanted = new URLSearchParams(window.location.search).get('organisatie');
    const known = who.beheerders.map((item) => item.id);
    beheerder = wanted !== null && known.includes(wanted) ? wanted : (known[0] ?? null);
    const select = /** @type {HTMLSelectElement} */ (byId('organisation'));
    select.replaceChildren(
      ...who.beheerders.map((item) => el('option', { value: item.id }, item.naam)),
    );
    if (beheerder !== null) select.value = beheerder;
    byId('organisation-field').hidden = who.beheerders.length < 2;
    byId('open-changes').hidden = !who.redactie;
    await showOverview();
  }

  /** @param {string} date */
  function dutchDate(date) {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, day ?? 1)).toLocaleDateString(
      'nl-NL',
      { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    );
  }

  /**
   * @param {EntryView} view
   * @param {boolean} offerConfirm
   */
  function entryItem(view, offerConfirm) {
    const item = el('li');
    item.append(el('h4', {}, view.naam));
    const checked = view.entry.gecontroleerd;
    const meta = [
      typeof checked === 'string'
        ? fill(texts.checkedOn ?? '', { date: dutchDate(checked) })
        : (texts.neverChecked ?? ''),
    ];
    const status = typeof view.entry.status === 'string' ? view.entry.status : 'actief';
    meta.push(
      fill(texts.statusLabel ?? '', { status: config.form.labels.status[status] ?? status }),
    );
    if (typeof view.entry.geldig_tot === 'string') {
      meta.push(fill(texts.endsOn ?? '', { date: dutchDate(view.entry.geldig_tot) }));
    }
    if (view.pending !== null) meta.push(texts.waitsForApproval ?? '');
    item.append(el('p', { class: 'entry-meta' }, meta.join(' · ')));
    const actions = el('div', { class: 'actions' });
    if (offerConfirm) {
      actions.append(
        actionButton(
          texts.confirm ?? '',
          fill(texts.confirmLabel ?? '', { name: view.naam }),
          true,
          () => confirmEntry(view),
        ),
      );
    }
    actions.append(
      actionButton(texts.edit ?? '', fill(texts.editLabel ?? '', { name: view.naam }), false, () =>
        openEditor(view),
      ),
    );
    item.append(actions);
    return item;
  }

  async function showOverview() {
    if (beheerder === null) return;
    show('overview');
    const result = await api('GET', `/api/partners/beheerders/${beheerder}/entries`);
    if (result.status !== 200) {
      setAlert(errorMessage(result));
      return;
    }
    /** @type {EntryView[]} */
    const entries = result.body.entries;
    byId('overview-heading').textContent = result.body.beheerder.naam;
    byId('review-heading').textContent = texts.reviewHeading ?? '';
    byId('list-heading').textContent = texts.listHeading ?? '';
    byId('new-entry').textContent = texts.newEntry ?? '';
    byId('open-changes').textContent = texts.changesOpen ?? '';
    const due = entries.filter((view) => view.review.state !== 'fresh');
    byId('review-intro').textContent =
      (due.length === 0 ? texts.reviewNone : texts.reviewIntro) ?? '';
    byId('review-list').replaceChildren(...due.map((view) => entryItem(view, true)));
    const list = byId('entry-list');
    list.replaceChildren(...entries.map((view) => entryItem(view, false)));
    if (entries.length === 0) list.append(el('li', {}, texts.listEmpty));
    setStatus('');
  }

  /** @param {EntryView} view */
  async function confirmEntry(view) {
    const result = await api(
      'POST',
      `/api/partners/beheerders/${beheerder}/entries/${view.id}/confirm`,
      { etag: view.etag },
    );
    if (result.status === 200 || result.status === 202) {
      await showOverview();
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
      showNotice(
        'notice',
        fill(texts.confirmed ?? '', { name: view.naam, date: dutchDate(today) }),
      );
    } else {
      await showOverview();
      setAlert(errorMessage(result));
    }
  }

  // --- The form, generated from the JSON Schema ------------------------------------------------

  /** @param {string} path */
  function fieldLabel(path) {
    const label = config.form.fieldLabels?.[path];
    if (label !== undefined) return label;
    const key = path.split('.').pop() ?? path;
    const words = key.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /**
   * @param {string} path
   * @param {JsonSchema} schema
   */
  function helpText(path, schema) {
    return config.form.help[path]?.help ?? schema.description ?? '';
  }

  /** @param {string} path */
  function domId(path) {
    return `f-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  }

  /**
   * A label, help and error paragraph around one input.
   * @param {string} path
   * @param {JsonSchema} schema
   * @param {boolean} required
   * @param {HTMLElement} input
   */
  function wrapField(path, schema, required, input) {
    const id = domId(path);
    const field = el('div', { class: 'field' });
    const label = el('label', { for: id }, fieldLabel(path));
    if (!required) label.append(` ${texts.optional}`);
    const help = el('p', { class: 'help', id: `${id}-help` }, helpText(path, schema));
    const error = el('p', { class: 'field-error', id: `${id}-error` });
    error.hidden = true;
    input.id = id;
    input.setAttribute('aria-describedby', `${id}-help ${id}-error`);
    field.append(label, help, input, error);
    return field;
  }

  /**
   * Checkboxes in a fieldset: a closed list (kenmerken) or the catalogue's (levensgebieden, wijken).
   * @param {string} path
   * @param {JsonSchema} schema
   * @param {boolean} required
   * @param {{ value: string, label: string }[]} options
   * @param {unknown} value
   * @returns {Control}
   */
  function checkboxGroup(path, schema, required, options, value) {
    const id = domId(path);
    const set = el('fieldset', { id, 'aria-describedby': `${id}-help ${id}-error` });
    const legend = el('legend', {}, fieldLabel(path));
    if (!required) legend.append(` ${texts.optional}`);
    const help = el('p', { class: 'help', id: `${id}-help` }, helpText(path, schema));
    const grid = el('div', { class: 'choices' });
    const chosen = Array.isArray(value) ? value.map(String) : [];
    /** @type {HTMLInputElement[]} */
    const boxes = [];
    options.forEach((option, index) => {
      const boxId = `${id}-${index}`;
      const row = el('div', { class: 'choice' });
      const box = /** @type {HTMLInputElement} */ (
        el('input', { type: 'checkbox', id: boxId, value: option.value })
      );
      box.checked = chosen.includes(option.value);
      boxes.push(box);
      row.append(box, el('label', { for: boxId }, option.label));
      grid.append(row);
    });
    // Values in the file that the list does not know stay visible, so they can be unticked.
    for (const extra of chosen.filter((item) => !options.some((o) => o.value === item))) {
      const boxId = `${id}-${boxes.length}`;
      const row = el('div', { class: 'choice' });
      const box = /** @type {HTMLInputElement} */ (
        el('input', { type: 'checkbox', id: boxId, value: extra })
      );
      box.checked = true;
      boxes.push(box);
      row.append(box, el('label', { for: boxId }, extra));
      grid.append(row);
    }
    const error = el('p', { class: 'field-error', id: `${id}-error` });
    error.hidden = true;
    set.append(legend, help, grid, error);
    return {
      element: set,
      read: () => {
        const values = boxes.filter((box) => box.checked).map((box) => box.value);
        return values.length === 0 ? undefined : values;
      },
      focus: () => boxes[0]?.focus(),
    };
  }

  /**
   * @param {string} path
   * @param {JsonSchema} schema
   * @returns {{ value: string, label: string }[] | null}
   */
  function optionsFor(path, schema) {
    const key = path.split('.').pop() ?? '';
    const labels = config.form.labels[key] ?? {};
    if (schema.items?.enum !== undefined) {
      return schema.items.enum.map((value) => ({ value, label: labels[value] ?? value }));
    }
    if (key === 'levensgebieden') {
      return config.options.levensgebieden.map(
        (/** @type {{ id: string, label: string }} */ o) => ({
          value: o.id,
          label: o.label,
        }),
      );
    }
    if (key === 'stadsdelen' || key === 'wijken') {
      return config.options[key].map((/** @type {string} */ name) => ({
        value: name,
        label: name,
      }));
    }
    return null;
  }

  /**
   * @param {string} path
   * @param {JsonSchema} schema
   * @param {unknown} value
   * @param {boolean} required
   * @param {Map<string, Control>} controls
   * @returns {Control}
   */
  function control(path, schema, value, required, controls) {
    const result = buildControl(path, schema, value, required, controls);
    controls.set(path, result);
    return result;
  }

  /**
   * @param {string} path
   * @param {JsonSchema} schema
   * @param {unknown} value
   * @param {boolean} required
   * @param {Map<string, Control>} controls
   * @returns {Control}
   */
  function buildControl(path, schema, value, required, controls) {
    const key = path.split('.').pop() ?? path;
    if (schema.anyOf !== undefined) {
      const nonNull = schema.anyOf.filter((option) => option.type !== 'null');
      if (nonNull.length === 1 && nonNull[0] !== undefined) {
        return buildControl(path, nonNull[0], value, false, controls);
      }
      return areaControl(path, schema, value, controls);
    }
    if (schema.type === 'object') {
      const id = domId(path);
      const set = el('fieldset', { id, 'aria-describedby': `${id}-help` });
      set.append(el('legend', {}, fieldLabel(path)));
      set.append(el('p', { class: 'help', id: `${id}-help` }, helpText(path, schema)));
      const current = asRecord(value);
      /** @type {[string, Control][]} */
      const children = Object.entries(schema.properties ?? {}).map(([child, childSchema]) => [
        child,
        control(
          `${path}.${child}`,
          childSchema,
          current[child],
          (schema.required ?? []).includes(child),
          controls,
        ),
      ]);
      for (const [, child] of children) set.append(child.element);
      return {
        element: set,
        read: () => {
          /** @type {RawEntry} */
          const result = {};
          for (const [child, childControl] of children) {
            const childValue = childControl.read();
            if (childValue !== undefined) result[child] = childValue;
          }
          return Object.keys(result).length === 0 ? undefined : result;
        },
        focus: () => children[0]?.[1].focus(),
      };
    }
    if (schema.type === 'array') {
      const options = optionsFor(path, schema);
      if (options !== null) return checkboxGroup(path, schema, required, options, value);
      const input = /** @type {HTMLTextAreaElement} */ (el('textarea', { rows: '3' }));
      input.value = Array.isArray(value) ? value.map(String).join(', ') : '';
      const field = wrapField(path, schema, required, input);
      field.querySelector('.help')?.append(` ${texts.listHint}`);
      return {
        element: field,
        read: () => {
          const items = input.value
            .split(/[,\n]/)
            .map((item) => item.trim())
            .filter((item) => item !== '');
          return items.length === 0 ? undefined : items;
        },
        focus: () => input.focus(),
      };
    }
    if (schema.enum !== undefined) {
      const select = /** @type {HTMLSelectElement} */ (el('select'));
      const labels = config.form.labels[key] ?? {};
      if (!required) select.append(el('option', { value: '' }, texts.chooseNothing));
      for (const option of schema.enum)
        select.append(el('option', { value: option }, labels[option] ?? option));
      select.value = typeof value === 'string' ? value : required ? (schema.enum[0] ?? '') : '';
      return {
        element: wrapField(path, schema, required, select),
        read: () => (select.value === '' ? undefined : select.value),
        focus: () => select.focus(),
      };
    }
    if (schema.type === 'integer') {
      const input = /** @type {HTMLInputElement} */ (
        el('input', { type: 'number', inputmode: 'numeric' })
      );
      input.value = typeof value === 'number' ? String(value) : '';
      return {
        element: wrapField(path, schema, required, input),
        read: () => {
          const text = input.value.trim();
          if (text === '') return undefined;
          const number = Number(text);
          return Number.isFinite(number) ? number : text;
        },
        focus: () => input.focus(),
      };
    }
    const long = (schema.maxLength ?? 0) >= 200;
    const type =
      schema.format === 'date'
        ? 'date'
        : key === 'email'
          ? 'email'
          : key === 'website'
            ? 'url'
            : key === 'telefoon'
              ? 'tel'
              : 'text';
    const input = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (
      long ? el('textarea', { rows: '4' }) : el('input', { type })
    );
    input.value = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    if (path === 'id' && editing?.originalId !== null && value !== undefined) {
      input.setAttribute('readonly', '');
    }
    return {
      element: wrapField(path, schema, required, input),
      read: () => (input.value.trim() === '' ? undefined : input.value),
      focus: () => input.focus(),
    };
  }

  /**
   * gebied: heel-de-gemeente, landelijk, or a block with stadsdelen and/or wijken. An older word
   * (heel-enschede) is shown as the keyword it stands for, and kept as written while that choice
   * stays: a save should change only what the partner changed (src/partners/entryText.ts).
   * @param {string} path
   * @param {JsonSchema} schema
   * @param {unknown} value
   * @param {Map<string, Control>} controls
   * @returns {Control}
   */
  function areaControl(path, schema, value, controls) {
    /** @type {Record<string, string>} */
    const aliases = config.form.aliases?.gebied ?? {};
    const keywords = (schema.anyOf?.find((option) => option.enum !== undefined)?.enum ?? []).filter(
      (/** @type {string} */ keyword) => !(keyword in aliases),
    );
    const block = schema.anyOf?.find((option) => option.type === 'object') ?? {};
    const id = domId(path);
    const set = el('fieldset', { id, 'aria-describedby': `${id}-help ${id}-error` });
    set.append(el('legend', {}, fieldLabel(path)));
    set.append(el('p', { class: 'help', id: `${id}-help` }, helpText(path, schema)));
    const name = `${id}-kind`;
    const labels = config.form.labels.gebied ?? {};
    const choices = [
      ...keywords.map((keyword) => ({ value: keyword, label: labels[keyword] ?? keyword })),
      { value: 'parts', label: texts.gebiedParts ?? '' },
    ];
    const current =
      typeof value === 'string' ? (aliases[value] ?? value) : value === undefined ? '' : 'parts';
    /** @type {HTMLInputElement[]} */
    const radios = [];
    for (const [index, choice] of choices.entries()) {
      const row = el('div', { class: 'choice' });
      const radio = /** @type {HTMLInputElement} */ (
        el('input', { type: 'radio', name, id: `${name}-${index}`, value: choice.value })
      );
      radio.checked = current === choice.value;
      radios.push(radio);
      row.append(radio, el('label', { for: `${name}-${index}` }, choice.label));
      set.append(row);
    }
    // The stadsdelen and wijken checkboxes, without a second legend.
    const inner = block.properties ?? {};
    const stadsdelen = control(
      `${path}.stadsdelen`,
      inner.stadsdelen ?? {},
      asRecord(value).stadsdelen,
      false,
      controls,
    );
    const wijken = control(
      `${path}.wijken`,
      inner.wijken ?? {},
      asRecord(value).wijken,
      false,
      controls,
    );
    const partsBox = el('div', { class: 'area-parts' });
    partsBox.append(stadsdelen.element, wijken.element);
    const sync = () => {
      partsBox.hidden = !radios.some((radio) => radio.checked && radio.value === 'parts');
    };
    for (const radio of radios) radio.addEventListener('change', sync);
    sync();
    const error = el('p', { class: 'field-error', id: `${id}-error` });
    error.hidden = true;
    set.append(partsBox, error);
    return {
      element: set,
      read: () => {
        const chosen = radios.find((radio) => radio.checked)?.value;
        if (chosen === undefined) return undefined;
        if (typeof value === 'string' && aliases[value] === chosen) return value;
        if (chosen !== 'parts') return chosen;
        /** @type {RawEntry} */
        const area = {};
        const s = stadsdelen.read();
        const w = wijken.read();
        if (s !== undefined) area.stadsdelen = s;
        if (w !== undefined) area.wijken = w;
        return area;
      },
      focus: () => radios[0]?.focus(),
    };
  }

  // --- Editing -----------------------------------------------------------------------------------

  /** @param {EntryView | null} view */
  async function openEditor(view) {
    setAlert(null);
    show('editor');
    showNotice('editor-notice', null);
    byId('editor-back').textContent = texts.cancel ?? '';
    byId('save').textContent = texts.save ?? '';
    byId('check-heading').textContent = texts.checkHeading ?? '';
    byId('preview-heading').textContent = texts.previewHeading ?? '';
    byId('editor-heading').textContent =
      view === null ? (texts.newHeading ?? '') : fill(texts.editHeading ?? '', { name: view.naam });
    buildForm(view);
    byId('editor-heading').focus();
    await runCheck();
  }

  /** @param {EntryView | null} view */
  function buildForm(view) {
    /** @type {JsonSchema} */
    const schema = config.form.schema;
    const entry = view?.entry ?? {};
    /** @type {Map<string, Control>} */
    const controls = new Map();
    editing = {
      originalId: view?.id ?? null,
      etag: view?.etag ?? null,
      controls,
      read: () => ({}),
      bron: () => null,
      started: {},
    };
    const container = byId('form-fields');
    container.replaceChildren();
    /** @type {HTMLTextAreaElement | null} */
    let bron = null;
    if (view === null) {
      bron = /** @type {HTMLTextAreaElement} */ (el('textarea', { rows: '2', required: '' }));
      const field = wrapField('bron', { description: texts.bronHelp }, true, bron);
      const label = field.querySelector('label');
      if (label !== null) label.textContent = texts.bronLabel ?? '';
      container.append(field);
    }
    const fields = Object.entries(schema.properties ?? {}).map(([key, child]) => {
      const item = control(key, child, entry[key], (schema.required ?? []).includes(key), controls);
      container.append(item.element);
      return /** @type {[string, Control]} */ ([key, item]);
    });
    const bronInput = bron;
    editing.read = () => {
      /** @type {RawEntry} */
      const result = {};
      for (const [key, item] of fields) {
        const value = item.read();
        if (value !== undefined) result[key] = value;
      }
      // Keep an empty gecontroleerd as it was: the field exists in many files without a date.
      if (
        result.gecontroleerd === undefined &&
        view !== null &&
        view.entry.gecontroleerd === null
      ) {
        result.gecontroleerd = null;
      }
      return result;
    };
    editing.bron = () => bronInput?.value.trim() ?? null;
    // What the form held before the partner typed, read the same way a save reads it.
    editing.started = editing.read();
  }

  function scheduleCheck() {
    window.clearTimeout(checkTimer);
    checkTimer = window.setTimeout(() => void runCheck(), CHECK_DELAY_MS);
  }

  /** @param {CheckResult} result */
  function showCheck(result) {
    if (editing === null) return;
    for (const node of document.querySelectorAll('#form-fields .field-error')) {
      /** @type {HTMLElement} */ (node).hidden = true;
      node.textContent = '';
    }
    for (const node of document.querySelectorAll('#form-fields [aria-invalid]'))
      node.removeAttribute('aria-invalid');
    const list = byId('check-list');
    list.replaceChildren();
    const all = [...result.errors, ...result.warnings];
    for (const diagnostic of all) {
      const item = el('li', { class: diagnostic.severity });
      item.append(
        el('strong', {}, `${diagnostic.severity === 'error' ? texts.error : texts.warning}:`),
      );
      item.append(' ', diagnostic.message);
      const field = diagnostic.field;
      if (field !== null) {
        const target = nearestControl(field);
        if (target !== null) {
          const button = el(
            'button',
            { type: 'button', class: 'button button--link' },
            texts.goToField,
          );
          button.addEventListener('click', () => target.control.focus());
          item.append(' ', button);
          if (diagnostic.severity === 'error') {
            const error = document.getElementById(`${domId(target.path)}-error`);
            if (error !== null) {
              error.hidden = false;
              error.textContent =
                error.textContent === ''
                  ? diagnostic.message
                  : `${error.textContent} ${diagnostic.message}`;
            }
            document.getElementById(domId(target.path))?.setAttribute('aria-invalid', 'true');
          }
        }
      }
      list.append(item);
    }
    const summary = [];
    const errors = result.errors.length;
    const warnings = result.warnings.length;
    summary.push(
      errors === 0
        ? texts.checkOk
        : errors === 1
          ? texts.checkErrorsOne
          : fill(texts.checkErrors ?? '', { count: errors }),
    );
    if (warnings > 0) {
      summary.push(
        warnings === 1
          ? texts.checkWarningsOne
          : fill(texts.checkWarnings ?? '', { count: warnings }),
      );
    }
    byId('check-summary').textContent = summary.join(' ');
    void showPreview(result.card);
  }

  /**
   * The control for a diagnostic's field, or its nearest parent that has one.
   * @param {string} field
   */
  function nearestControl(field) {
    let path = field;
    while (editing !== null && path !== '') {
      const found = editing.controls.get(path);
      if (found !== undefined) return { path, control: found };
      path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
    }
    return null;
  }

  async function runCheck() {
    if (editing === null || beheerder === null) return;
    const round = ++checkRound;
    byId('check-summary').textContent = texts.checking ?? '';
    const result = await api('POST', `/api/partners/beheerders/${beheerder}/check`, {
      originalId: editing.originalId,
      entry: editing.read(),
      bron: editing.bron() || null,
    });
    if (round !== checkRound) return;
    if (result.status === 200) showCheck(result.body);
    else byId('check-summary').textContent = errorMessage(result);
  }

  /** @param {SubmitEvent} event */
  async function save(event) {
    event.preventDefault();
    if (editing === null || beheerder === null) return;
    window.clearTimeout(checkTimer);
    // A check still on its way would answer for older input and overwrite the save's result.
    checkRound += 1;
    const entry = editing.read();
    const result =
      editing.originalId === null
        ? await api('POST', `/api/partners/beheerders/${beheerder}/entries`, {
            entry,
            bron: editing.bron() ?? '',
          })
        : await api('PUT', `/api/partners/beheerders/${beheerder}/entries/${editing.originalId}`, {
            etag: editing.etag,
            entry,
          });
    if (result.status === 200 || result.status === 202) {
      editing = null;
      await showOverview();
      showNotice(
        'notice',
        result.status === 200 ? (texts.saved ?? '') : (texts.savedPending ?? ''),
      );
      return;
    }
    if (result.status === 422 && result.body?.check) {
      showCheck(result.body.check);
      showNotice('editor-notice', notSaved(result), 'problem');
      return;
    }
    if (result.status === 409 && result.body?.current) {
      // Someone else saved first: show their version with this partner's own changes on top, so
      // nothing typed is lost; nothing is saved until the partner has looked and saves again.
      const current = /** @type {EntryView} */ (result.body.current);
      const started = editing.started;
      buildForm({ ...current, entry: withOwnChanges(current.entry, started, entry) });
      showNotice('editor-notice', texts.conflict ?? '', 'problem');
      await runCheck();
      return;
    }
    showNotice('editor-notice', notSaved(result), 'problem');
  }

  /**
   * "Er is niets opgeslagen." once: some error texts of the catalogue say it themselves.
   * @param {{ status: number, body: any }} result
   */
  function notSaved(result) {
    const message = errorMessage(result);
    return message.includes(texts.notSaved ?? '') ? message : `${texts.notSaved} ${message}`;
  }

  /**
   * `theirs` with every top-level field the partner changed (from `started` to `mine`) put back.
   * @param {RawEntry} theirs
   * @param {RawEntry} started
   * @param {RawEntry} mine
   * @returns {RawEntry}
   */
  function withOwnChanges(theirs, started, mine) {
    const changed = new Set(
      [...Object.keys(started), ...Object.keys(mine)].filter(
        (key) => JSON.stringify(started[key]) !== JSON.stringify(mine[key]),
      ),
    );
    // A field the partner emptied stays empty: it is left out, as a save leaves it out.
    const kept = Object.entries(theirs).filter(([key]) => !changed.has(key));
    const own = Object.entries(mine).filter(([key]) => changed.has(key));
    return Object.fromEntries([...kept, ...own]);
  }

  // --- The card preview, rendered by Web Chat as in the widget -----------------------------------

  /** @type {Promise<void> | null} */
  let webChatLoading = null;

  function loadWebChat() {
    webChatLoading ??= new Promise((resolve, reject) => {
      if (window.WebChat !== undefined) {
        resolve();
        return;
      }
      const script = document.createElement('script');
      script.src = '/webchat/webchat.js';
      const nonce = /** @type {HTMLScriptElement | null} */ (document.currentScript)?.nonce;
      if (nonce) script.nonce = nonce;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error('Web Chat did not load')));
      document.head.append(script);
    });
    return webChatLoading;
  }

  const pageNonce =
    /** @type {HTMLScriptElement | null} */ (document.currentScript)?.nonce || undefined;

  /**
   * A Direct Line that only ever says one thing: the card. Each subscriber gets the same activity.
   * @param {object} card
   */
  function previewDirectLine(card) {
    const activity = {
      type: 'message',
      id: 'preview-1',
      timestamp: new Date().toISOString(),
      from: { id: 'wijkwijzer', name: 'Wijkwijzer', role: 'bot' },
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    };
    /** @param {(observer: { next?: (value: unknown) => void, complete?: () => void }) => void} emit */
    const observable = (emit) => ({
      /** @param {any} observer */
      subscribe(observer) {
        const target = typeof observer === 'function' ? { next: observer } : observer;
        emit(target);
        return { unsubscribe() {} };
      },
    });
    return {
      activity$: observable((observer) => window.setTimeout(() => observer.next?.(activity), 0)),
      // Uninitialized, connecting, online: asynchronously, as a real connection reports it.
      connectionStatus$: observable((observer) => {
        observer.next?.(0);
        window.setTimeout(() => {
          observer.next?.(1);
          observer.next?.(2);
        }, 0);
      }),
      postActivity: () =>
        observable((observer) => {
          observer.next?.('ignored');
          observer.complete?.();
        }),
      end() {},
    };
  }

  /**
   * The widget's own Web Chat style (web/widget/wijkwijzer.js, styleOptions) for everything a card
   * shows, so colours, fonts and the subtle "gecontroleerd" line look as residents see them.
   * Keep in step with the widget; the send box is hidden because the preview only shows.
   */
  function previewStyleOptions() {
    return {
      accent: '#00558c',
      bubbleBackground: '#f1f3f5',
      bubbleTextColor: '#1b1b1b',
      bubbleBorderRadius: 8,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      fontSizeSmall: '80%',
      timestampColor: '#595959',
      subtle: '#595959',
      botAvatarInitials: 'WW',
      hideSendBox: true,
      hideUploadButton: true,
    };
  }

  /** @param {object | null} card */
  async function showPreview(card) {
    const host = byId('preview');
    byId('preview-note').textContent = card === null ? (texts.previewUnavailable ?? '') : '';
    if (card === null) {
      host.replaceChildren();
      return;
    }
    try {
      await loadWebChat();
    } catch {
      return;
    }
    const target = el('div', {
      class: 'preview-chat',
      role: 'region',
      'aria-label': texts.previewHeading ?? '',
    });
    host.replaceChildren(target);
    window.WebChat?.renderWebChat(
      {
        directLine: previewDirectLine(card),
        locale: 'nl-NL',
        nonce: pageNonce,
        styleOptions: previewStyleOptions(),
      },
      target,
    );
  }

  // --- The change log (redactie) -----------------------------------------------------------------

  async function showChanges() {
    show('changes');
    byId('changes-heading').textContent = texts.changesHeading ?? '';
    byId('changes-back').textContent = texts.back ?? '';
    const result = await api('GET', '/api/partners/changes');
    const list = byId('change-list');
    list.replaceChildren();
    if (result.status !== 200) {
      setAlert(errorMessage(result));
      return;
    }
    /** @type {any[]} */
    const changes = result.body.changes;
    if (changes.length === 0) list.append(el('li', {}, texts.changesEmpty));
    for (const change of changes) {
      const item = el('li');
      const when = new Date(change.at).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });
      const naam = change.after?.naam ?? change.before?.naam ?? change.entryId;
      item.append(
        el(
          'p',
          {},
          `${change.seq}. ${fill(texts.changeLine ?? '', {
            when,
            who: change.actor.label,
            action: config.texts.actions[change.action] ?? change.action,
            entry: naam,
            beheerder: change.beheerder,
          })}`,
        ),
      );
      if (change.fields.length > 0) {
        item.append(
          el(
            'p',
            { class: 'entry-meta' },
            fill(texts.changedFields ?? '', { fields: change.fields.join(', ') }),
          ),
        );
      }
      const actions = el('div', { class: 'actions' });
      if (change.waiting) {
        item.append(el('p', { class: 'entry-meta' }, texts.waiting));
        for (const [verb, label] of [
          ['approve', texts.approve],
          ['reject', texts.reject],
        ]) {
          const button = el('button', { type: 'button', class: 'button' }, label);
          button.addEventListener(
            'click',
            () => void decide(change.seq, /** @type {string} */ (verb)),
          );
          actions.append(button);
        }
      } else if (change.undone) {
        item.append(el('p', { class: 'entry-meta' }, texts.alreadyUndone));
      } else if (change.state === 'live' && change.action !== 'reject') {
        actions.append(
          actionButton(
            texts.undo ?? '',
            fill(texts.undoLabel ?? '', { seq: change.seq }),
            false,
            () => decide(change.seq, 'undo'),
          ),
        );
      }
      item.append(actions);
      list.append(item);
    }
    byId('changes-heading').focus();
  }

  /**
   * @param {number} seq
   * @param {string} verb
   */
  async function decide(seq, verb) {
    const result = await api('POST', `/api/partners/changes/${seq}/${verb}`);
    await showChanges();
    if (result.status === 200) {
      showNotice(
        'changes-notice',
        verb === 'undo'
          ? (texts.undone ?? '')
          : verb === 'approve'
            ? (texts.approved ?? '')
            : (texts.rejected ?? ''),
      );
    } else {
      showNotice('changes-notice', errorMessage(result), 'problem');
    }
  }

  // --- Start -------------------------------------------------------------------------------------

  async function main() {
    try {
      const response = await fetch('/api/partners/config', { credentials: 'omit' });
      config = await response.json();
      texts = config.texts;
    } catch {
      setStatus('');
      setAlert('De partnerpagina kon niet laden. Probeer het later opnieuw.');
      return;
    }
    renderSignIn();
    byId('sign-out').textContent = texts.signOut ?? '';
    byId('organisation-label').textContent = texts.organisationLabel ?? '';
    byId('link-form').addEventListener(
      'submit',
      (event) => void requestLink(/** @type {SubmitEvent} */ (event)),
    );
    byId('staff-form').addEventListener(
      'submit',
      (event) => void staffSignIn(/** @type {SubmitEvent} */ (event)),
    );
    byId('entry-form').addEventListener(
      'submit',
      (event) => void save(/** @type {SubmitEvent} */ (event)),
    );
    byId('entry-form').addEventListener('input', scheduleCheck);
    byId('entry-form').addEventListener('change', scheduleCheck);
    byId('new-entry').addEventListener('click', () => void openEditor(null));
    byId('editor-back').addEventListener('click', () => {
      editing = null;
      void showOverview();
    });
    byId('open-changes').addEventListener('click', () => void showChanges());
    byId('changes-back').addEventListener('click', () => void showOverview());
    byId('organisation').addEventListener('change', (event) => {
      beheerder = /** @type {HTMLSelectElement} */ (event.target).value;
      void showOverview();
    });
    byId('sign-out').addEventListener('click', async () => {
      await api('POST', '/api/partners/sign-out');
      signOutLocally();
      setStatus(texts.signedOut ?? '');
    });
    // A link pasted into a tab that already shows the page changes only the fragment.
    window.addEventListener('hashchange', () => {
      void useLinkFromAddress().then(() => (token === null ? undefined : start()));
    });
    await useLinkFromAddress();
    try {
      token ??= window.sessionStorage.getItem(TOKEN_KEY);
    } catch {
      token = null;
    }
    if (token === null) {
      show('signin');
      setStatus('');
      return;
    }
    await start();
  }

  void main();
})();
