// @ts-check
/**
 * The monitor page: sign in the way the Casusbord does (Teams single sign-on inside Teams, the
 * development login outside it when the server has it on), choose a period, an area and weeks or
 * months, and show the report the server builds. The server draws the charts (SVG) and tables
 * and decides everything that matters: who may look, and which numbers are hidden (ADR 0017).
 * CSV downloads go through fetch with the bearer token; "Afdrukken" uses the print stylesheet.
 */
import {
  alertBox,
  apiClient,
  byId,
  explain as explainFor,
  fill,
  initialiseTeams,
  setOptions,
  signIn,
  statusLine,
} from '../shared/staffPage.js';

(() => {
  /**
   * @typedef {object} MonitorConfig
   * @property {boolean} devLogin
   * @property {import('../shared/staffPage.js').Option[]} personas
   * @property {import('../shared/staffPage.js').Option[]} periods
   * @property {string} defaultPeriod
   * @property {import('../shared/staffPage.js').Option[]} areas
   * @property {Record<string, string>} texts
   */

  const client = apiClient('/api/monitor');
  const { request, api } = client;
  const { announce } = statusLine(byId('status'));
  const showAlert = alertBox(byId('alert'));

  /** @type {MonitorConfig} */
  let config;
  /** @type {'sso' | 'dev' | null} */
  let via = null;

  /** @param {unknown} error */
  function explain(error) {
    return explainFor(error, config.texts, via);
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

  async function start() {
    const configured = api('/config', { auth: false });
    const inTeams = (await initialiseTeams('/monitor/teams-js.js')) !== null;
    try {
      config = await configured;
    } catch {
      // Without the config there are no texts from the server: the page template holds this one.
      showAlert(byId('unavailable').textContent);
      return;
    }
    await signIn({ client, config, inTeams, announce, showAlert, signedIn, via: () => via });
  }

  void start();
})();
