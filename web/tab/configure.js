// @ts-check
/**
 * The configuration page of the Casusbord channel tab (manifest `configurableTabs`). Teams shows it
 * when a colleague adds the tab to a channel; the colleague picks the wijkteam and presses Save,
 * and the tab then opens /tab/?wijkteam=<id>. The wijkteam only preselects the board's filter: what
 * anyone may see is still decided by the server from their own sign-in. Like the board, it loads
 * teams-js only where a Teams host may be around (web/shared/staffPage.js, initialiseTeams): in a
 * plain browser the bundle would fetch Microsoft's host list for nothing.
 */
import { byId, initialiseTeams, teamsJs } from '../shared/staffPage.js';

(() => {
  /** @type {{ ready: string, outsideTeams: string, saveFailed: string, tabName: string }} */
  const texts = JSON.parse(byId('texts').textContent ?? '{}');
  const select = /** @type {HTMLSelectElement} */ (byId('wijkteam'));
  const status = byId('status');
  const alert = byId('alert');

  /** @param {string} message */
  function showAlert(message) {
    alert.textContent = message;
    alert.hidden = false;
  }

  /** What Teams stores for this channel's tab, for the chosen wijkteam. */
  function tabSettings() {
    const option = select.selectedOptions[0];
    const id = select.value;
    const url = `${window.location.origin}/tab/?wijkteam=${encodeURIComponent(id)}`;
    return {
      entityId: `casusbord-${id}`,
      contentUrl: url,
      websiteUrl: url,
      suggestedDisplayName: texts.tabName.replace('{team}', option?.textContent?.trim() ?? id),
    };
  }

  /** Same themes as the board (board.css): Teams' dark and high-contrast themes, else light. */
  /** @param {string | undefined} theme */
  function applyTheme(theme) {
    document.documentElement.dataset.theme =
      theme === 'dark' || theme === 'contrast' ? theme : 'default';
  }
  applyTheme(window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default');

  async function start() {
    const context = await initialiseTeams('/tab/teams-js.js');
    const teams = teamsJs();
    if (context === null || teams === undefined) {
      showAlert(texts.outsideTeams);
      select.disabled = true;
      return;
    }
    applyTheme(context.app.theme);
    teams.app.registerOnThemeChangeHandler(applyTheme);
    teams.pages.config.registerOnSaveHandler((saveEvent) => {
      teams.pages.config.setConfig(tabSettings()).then(
        () => saveEvent.notifySuccess(),
        () => {
          showAlert(texts.saveFailed);
          saveEvent.notifyFailure(texts.saveFailed);
        },
      );
    });
    const update = () => {
      const chosen = select.value !== '';
      teams.pages.config.setValidityState(chosen);
      status.textContent = chosen ? texts.ready : '';
    };
    select.addEventListener('change', update);
    update();
    teams.app.notifySuccess();
  }

  void start();
})();
