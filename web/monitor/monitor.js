// @ts-check
/**
 * The monitor page: sign in the way the Casusbord does (Teams single sign-on inside Teams, the
 * development login outside it when the server has it on), choose a period, an area and weeks or
 * months, and show the report the server builds. The server draws the charts (SVG) and tables
 * and decides everything that matters: who may look, and which numbers are hidden (ADR 0017).
 * CSV downloads go through fetch with the bearer token; "Afdrukken" uses the print stylesheet.
 */
(() => {
  const TEAMS_INIT_TIMEOUT_MS = 3000;
  const API = '/api/monitor';

  /** @typedef {import('../tab/teams').WijkwijzerTeamsJs} TeamsJs */
  /** @typedef {{ id: string, label: string }} Option */
  /**
   * @typedef {object} MonitorConfig
   * @property {boolean} devLogin
   * @property {Option[]} personas
   * @property {Option[]} periods
   * @property {string} defaultPeriod
   * @property {Option[]} areas
   * @property {Record<string, string>} texts
   */

  /** @returns {TeamsJs | undefined} */
  function teamsJs() {
    return /** @type {{ microsoftTeams?: TeamsJs }} */ (/** @type {unknown} */ (window))
      .microsoftTeams;
  }

  /** @param {string} id */
  function byId(id) {
    const element = document.getElementById(id);
    if (element === null) throw new TypeError(`missing #${id}`);
    return element;
  }

  /**
   * @param {string} template
   * @param {Record<string, string>} values
   */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
  }

  const status = byId('status');
  const alertBox = byId('alert');

  /** @param {string} text */
  function announce(text) {
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = text;
    }, 50);
  }

  /** @param {string | null} text */
  function showAlert(text) {
    alertBox.textContent = text ?? '';
    alertBox.hidden = text === null;
  }

  /** @type {MonitorConfig} */
  let config;
  /** @type {() => Promise<string>} */
  let getToken = () => Promise.reject(new Error('not signed in'));
  /** @type {'sso' | 'dev' | null} */
  let via = null;

  class ApiError extends Error {
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
   * @param {string} path
   * @param {{ method?: string, body?: unknown, auth?: boolean }} [options]
   * @returns {Promise<Response>}
   */
  async function request(path, options = {}) {
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json' };
    if (options.auth !== false) headers.Authorization = `Bearer ${await getToken()}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${API}${path}`, {
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

  /**
   * @param {string} path
   * @param {{ method?: string, body?: unknown, auth?: boolean }} [options]
   * @returns {Promise<any>}
   */
  async function api(path, options = {}) {
    return (await request(path, options)).json();
  }

  /** @param {unknown} error */
  function explain(error) {
    if (error instanceof ApiError && error.httpStatus === 401 && via === 'dev') {
      return config.texts.signedOut ?? '';
    }
    return error instanceof ApiError && typeof error.body?.error?.message === 'string'
      ? error.body.error.message
      : (config.texts.failed ?? '');
  }

  /** @returns {Promise<boolean>} true inside Teams */
  async function initialiseTeams() {
    const teams = teamsJs();
    if (teams === undefined) return false;
    /** @type {Promise<null>} */
    const timeout = new Promise((resolve) => {
      window.setTimeout(() => resolve(null), TEAMS_INIT_TIMEOUT_MS);
    });
    const initialised = teams.app
      .initialize()
      .then(() => teams.app.getContext())
      .catch(() => null);
    return (await Promise.race([initialised, timeout])) !== null;
  }

  /**
   * @param {HTMLSelectElement} select
   * @param {Option[]} options
   * @param {string} [selected]
   */
  function setOptions(select, options, selected) {
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

  function query() {
    const period = /** @type {HTMLSelectElement} */ (byId('filter-period')).value;
    const area = /** @type {HTMLSelectElement} */ (byId('filter-area')).value;
    const per = /** @type {HTMLInputElement} */ (byId('per-maand')).checked ? 'maand' : 'week';
    return new URLSearchParams({ period, area, per });
  }

  async function loadReport() {
    showAlert(null);
    announce(config.texts.loadingReport ?? '');
    const report = byId('report');
    report.setAttribute('aria-busy', 'true');
    try {
      const body = await api(`/report?${query().toString()}`);
      // The server escapes every text in this HTML (src/insights/report/renderHtml.ts).
      report.innerHTML = body.html;
      announce(
        fill(config.texts.reportShown ?? '', {
          period: body.report.period.label,
          area: body.report.area.label,
        }),
      );
      const title = document.getElementById('report-title');
      title?.focus();
    } catch (error) {
      showAlert(explain(error));
    } finally {
      report.removeAttribute('aria-busy');
    }
  }

  /** @param {string} table */
  async function downloadCsv(table) {
    try {
      const params = query();
      params.set('table', table);
      const response = await request(`/csv?${params.toString()}`);
      const blob = await response.blob();
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${table}.csv`;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      announce(fill(config.texts.downloaded ?? '', { table: name }));
    } catch (error) {
      showAlert(explain(error));
    }
  }

  async function signedIn() {
    const me = await api('/me');
    via = me.via;
    const who = byId('who');
    who.textContent = [
      fill(config.texts.signedInAs ?? '', { name: me.name }),
      me.via === 'dev' ? (config.texts.viaDevLogin ?? '') : '',
    ]
      .join(' ')
      .trim();
    who.hidden = false;
    const texts = config.texts;
    byId('filters-heading').textContent = texts.filtersHeading ?? '';
    byId('filter-period-label').textContent = texts.period ?? '';
    byId('filter-area-label').textContent = texts.area ?? '';
    byId('filter-per-label').textContent = texts.granularity ?? '';
    byId('per-week-label').textContent = texts.perWeek ?? '';
    byId('per-maand-label').textContent = texts.perMonth ?? '';
    byId('show').textContent = texts.show ?? '';
    byId('print').textContent = texts.print ?? '';
    setOptions(
      /** @type {HTMLSelectElement} */ (byId('filter-period')),
      config.periods,
      config.defaultPeriod,
    );
    setOptions(/** @type {HTMLSelectElement} */ (byId('filter-area')), config.areas, 'stad');
    const form = /** @type {HTMLFormElement} */ (byId('filters'));
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void loadReport();
    });
    byId('print').addEventListener('click', () => window.print());
    byId('report').addEventListener('click', (event) => {
      const target = /** @type {HTMLElement} */ (event.target);
      const button = target.closest('button[data-csv]');
      if (button instanceof HTMLButtonElement && button.dataset.csv !== undefined) {
        void downloadCsv(button.dataset.csv);
      }
    });
    await loadReport();
  }

  function showDevLogin() {
    const texts = config.texts;
    byId('signin').hidden = false;
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
      void devSignIn(select.value);
    });
    announce(texts.outsideTeams ?? '');
  }

  /** @param {string} persona */
  async function devSignIn(persona) {
    try {
      showAlert(null);
      const issued = await api('/dev-login', { method: 'POST', body: { persona }, auth: false });
      getToken = () => Promise.resolve(issued.token);
      byId('signin').hidden = true;
      await signedIn();
    } catch (error) {
      showAlert(explain(error));
    }
  }

  async function start() {
    const configured = api('/config', { auth: false });
    const inTeams = await initialiseTeams();
    try {
      config = await configured;
    } catch {
      showAlert(byId('unavailable').textContent);
      return;
    }
    const teams = teamsJs();
    if (inTeams && teams !== undefined) {
      getToken = () => teams.authentication.getAuthToken();
      try {
        await signedIn();
      } catch (error) {
        showAlert(
          error instanceof ApiError && error.httpStatus !== 401
            ? explain(error)
            : (config.texts.ssoFailed ?? ''),
        );
      }
      return;
    }
    if (config.devLogin) {
      showDevLogin();
      return;
    }
    byId('signin').hidden = false;
    byId('signin-heading').textContent = config.texts.outsideTeams ?? '';
    byId('signin-intro').textContent = config.texts.openInTeams ?? '';
    announce(config.texts.openInTeams ?? '');
  }

  void start();
})();
