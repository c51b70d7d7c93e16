// @ts-check
/**
 * What the staff pages (the Casusbord in web/tab, the monitor in web/monitor) share: finding
 * elements, filling texts, the status line screen readers hear, the alert, the API client with its
 * bearer token, and signing in (Teams single sign-on inside Teams, the development login outside
 * it when the server has it on, otherwise "open this in Teams"). An ES module, served at
 * /shared/staffPage.js, so that each page imports it by the same relative path it has on disk.
 */

/** teams-js 2.x never settles `app.initialize()` in an iframe that is not Teams. */
const TEAMS_INIT_TIMEOUT_MS = 3000;

/** @typedef {import('../tab/teams').WijkwijzerTeamsJs} TeamsJs */
/** @typedef {import('../tab/teams').WijkwijzerTeamsContext} WijkwijzerTeamsContext */
/** @typedef {{ id: string, label: string }} Option */
/** @typedef {{ method?: string, body?: unknown, auth?: boolean }} RequestOptions */

/** @param {string} id */
export function byId(id) {
  const element = document.getElementById(id);
  if (element === null) throw new TypeError(`missing #${id}`);
  return element;
}

/**
 * Fills `{key}` in a text from the server; an unknown key stays as it is.
 * @param {string} template
 * @param {Record<string, string | number>} values
 */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * @param {HTMLSelectElement} select
 * @param {Option[]} options
 * @param {string} [selected]
 */
export function setOptions(select, options, selected) {
  select.replaceChildren(
    ...options.map((item) => {
      const option = document.createElement('option');
      option.value = item.id;
      option.textContent = item.label;
      option.selected = item.id === selected;
      return option;
    }),
  );
}

/**
 * The polite live region. Clearing first makes screen readers announce the same text a second
 * time; a later announcement or a clear cancels one still waiting, because an answer faster than
 * the 50 ms delay once left "Even geduld…" standing for good (ADR 0014, defect 9).
 * @param {HTMLElement} element
 */
export function statusLine(element) {
  let pending = 0;
  return {
    /** @param {string} text */
    announce(text) {
      window.clearTimeout(pending);
      element.textContent = '';
      pending = window.setTimeout(() => {
        element.textContent = text;
      }, 50);
    },
    clear() {
      window.clearTimeout(pending);
      element.textContent = '';
    },
  };
}

/**
 * The alert box: a text shows it, null hides it.
 * @param {HTMLElement} element
 */
export function alertBox(element) {
  /** @param {string | null} text */
  return (text) => {
    element.textContent = text ?? '';
    element.hidden = text === null;
  };
}

export class ApiError extends Error {
  /**
   * @param {number} httpStatus
   * @param {any} body
   */
  constructor(httpStatus, body) {
    super(body?.error?.message ?? `HTTP ${httpStatus}`);
    this.httpStatus = httpStatus;
    this.body = body;
  }
}

/**
 * The page's API under `base`: JSON both ways, the bearer token once signed in, never cached, no
 * cookies. A response that is not OK throws an ApiError with the server's Dutch error body.
 * @param {string} base
 */
export function apiClient(base) {
  /** @type {() => Promise<string>} */
  let getToken = () => Promise.reject(new Error('not signed in'));

  /**
   * @param {string} path
   * @param {RequestOptions} [options]
   * @returns {Promise<Response>}
   */
  async function request(path, options = {}) {
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json' };
    if (options.auth !== false) headers.Authorization = `Bearer ${await getToken()}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${base}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) {
      throw new ApiError(response.status, await response.json().catch(() => null));
    }
    return response;
  }

  return {
    request,
    /**
     * @param {string} path
     * @param {RequestOptions} [options]
     * @returns {Promise<any>}
     */
    async api(path, options = {}) {
      // An answer without a body (204) is null, not an error.
      return (await request(path, options)).json().catch(() => null);
    },
    /** @param {() => Promise<string>} tokenSource */
    useToken(tokenSource) {
      getToken = tokenSource;
    },
  };
}

/** The UMD bundle's global, when it loaded. @returns {TeamsJs | undefined} */
export function teamsJs() {
  return /** @type {{ microsoftTeams?: TeamsJs }} */ (/** @type {unknown} */ (window))
    .microsoftTeams;
}

/**
 * Could a Teams host be around this page? teams-js itself only talks to a parent frame, the
 * window that opened this one, or the mobile apps' `nativeInterface`; without any of them it can
 * never initialise. Loading it anyway costs a request to a third party: the bundle fetches
 * Microsoft's list of valid host origins from res.cdn.office.net as soon as it loads.
 */
export function mayBeInTeamsHost() {
  return (
    window.parent !== window.self ||
    window.opener !== null ||
    'nativeInterface' in /** @type {object} */ (window)
  );
}

/**
 * Loads the teams-js bundle at `src` when a Teams host may be around (see above), else nothing.
 * Resolves once it has loaded or failed; the page works without it.
 * @param {string} src
 * @returns {Promise<void>}
 */
function loadTeamsJs(src) {
  if (teamsJs() !== undefined || !mayBeInTeamsHost()) return Promise.resolve();
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => resolve());
    document.head.append(script);
  });
}

/**
 * Resolves with the Teams context inside Teams, or null outside it: at the top level teams-js is
 * not even loaded; in an iframe that is not Teams `initialize` never settles, hence the race.
 * @param {string} bundle where this page serves the teams-js bundle
 * @returns {Promise<WijkwijzerTeamsContext | null>}
 */
export async function initialiseTeams(bundle) {
  await loadTeamsJs(bundle);
  const teams = teamsJs();
  if (teams === undefined) return null;
  /** @type {Promise<null>} */
  const timeout = new Promise((resolve) => {
    window.setTimeout(() => resolve(null), TEAMS_INIT_TIMEOUT_MS);
  });
  const initialised = teams.app
    .initialize()
    .then(() => teams.app.getContext())
    .catch(() => null);
  return Promise.race([initialised, timeout]);
}

/**
 * The Dutch text for a failed request: "signed out" after a development login that expired,
 * the server's own message where it sent one, else the general one.
 * @param {unknown} error
 * @param {Record<string, string | undefined>} texts
 * @param {'sso' | 'dev' | null} via
 */
export function explain(error, texts, via) {
  if (error instanceof ApiError && error.httpStatus === 401 && via === 'dev') {
    return texts.signedOut ?? '';
  }
  return error instanceof ApiError && typeof error.body?.error?.message === 'string'
    ? error.body.error.message
    : (texts.failed ?? '');
}

/**
 * After a sign-in by form, the focus goes to the page's content (its first focusable heading or
 * region): the button that had it is hidden, and a keyboard or screen-reader user was left at the
 * start of the page with nothing said.
 */
function focusContent() {
  const active = document.activeElement;
  if (active !== null && active !== document.body && active instanceof HTMLElement) {
    if (active.offsetParent !== null) return;
  }
  const target = [...document.querySelectorAll('main [tabindex="-1"]')].find(
    (element) => element instanceof HTMLElement && element.offsetParent !== null,
  );
  if (target instanceof HTMLElement) target.focus();
}

/**
 * @typedef {object} SignIn
 * @property {ReturnType<typeof apiClient>} client
 * @property {{ devLogin: boolean, personas: Option[], texts: Record<string, string | undefined> }} config
 * @property {boolean} inTeams the Teams context came
 * @property {(text: string) => void} announce
 * @property {(text: string | null) => void} showAlert
 * @property {() => Promise<void>} signedIn what the page does once a colleague is signed in
 * @property {() => 'sso' | 'dev' | null} via how the colleague signed in, once known
 */

/**
 * Signs a colleague in: single sign-on inside Teams; outside it the development login when the
 * server has it on, else the request to open the page in Teams. The server decides who may look.
 * @param {SignIn} page
 */
export async function signIn(page) {
  const { client, config } = page;
  const texts = config.texts;
  const teams = teamsJs();
  if (page.inTeams && teams !== undefined) {
    client.useToken(() => teams.authentication.getAuthToken());
    try {
      await page.signedIn();
    } catch (error) {
      page.showAlert(
        error instanceof ApiError && error.httpStatus !== 401
          ? explain(error, texts, page.via())
          : (texts.ssoFailed ?? ''),
      );
    }
    return;
  }
  byId('signin').hidden = false;
  if (!config.devLogin) {
    byId('signin-heading').textContent = texts.outsideTeams ?? '';
    byId('signin-intro').textContent = texts.openInTeams ?? '';
    page.announce(texts.openInTeams ?? '');
    return;
  }
  byId('signin-heading').textContent = texts.devLoginHeading ?? '';
  byId('signin-intro').textContent = texts.devLoginIntro ?? '';
  byId('persona-label').textContent = texts.devLoginPersona ?? '';
  byId('dev-login-button').textContent = texts.devLoginButton ?? '';
  const select = /** @type {HTMLSelectElement} */ (byId('persona'));
  setOptions(select, config.personas);
  const form = /** @type {HTMLFormElement} */ (byId('dev-login'));
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      try {
        page.showAlert(null);
        const issued = await client.api('/dev-login', {
          method: 'POST',
          body: { persona: select.value },
          auth: false,
        });
        client.useToken(() => Promise.resolve(issued.token));
        byId('signin').hidden = true;
        await page.signedIn();
        focusContent();
      } catch (error) {
        page.showAlert(explain(error, texts, page.via()));
      }
    })();
  });
  page.announce(texts.outsideTeams ?? '');
}
