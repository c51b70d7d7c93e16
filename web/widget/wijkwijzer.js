// @ts-check
/**
 * The digitale wijkwijzer chat widget. A gemeente embeds it with one element and one script tag:
 *
 *   <div id="wijkwijzer"></div>
 *   <script src="https://wijkwijzer.example.nl/widget/wijkwijzer.js" defer></script>
 *
 * It renders the official Bot Framework Web Chat against the bot's own Direct Line channel (or
 * Azure Direct Line, as the server's configuration says), resumes the conversation after a reload
 * in the same tab, and offers a "Snel weg" button that leaves at once and wipes the conversation
 * from this browser.
 */
(() => {
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (script === null) return;
  const base = new URL('..', script.src);
  // The nonce lets Web Chat's styles pass a strict Content-Security-Policy on the host page.
  const nonce = script.nonce || undefined;

  /** Per tab: survives a reload, not a closed tab (a shared computer keeps no chat by default). */
  const SESSION_KEY = 'wijkwijzer.session';
  /** Per browser: lets the bot recognise a returning resident; wiped by "Snel weg". */
  const RESIDENT_KEY = 'wijkwijzer.resident';
  /** When the resident key was last used (ms): an idle key is dropped (docs/privacy.md). */
  const RESIDENT_SEEN = 'wijkwijzer.residentSeen';
  /**
   * The bot's answer to "Nee, nieuw beginnen" at "Was u hier eerder met een vraag?"
   * (NEW_RESIDENT_EVENT in dialogs/opening/openingDialog.ts): this device lets go of the key.
   */
  const NEW_RESIDENT_EVENT = 'wijkwijzer/newResident';
  const DAY_MS = 24 * 60 * 60 * 1000;
  const JOIN_EVENT = 'webchat/join';
  /** Renew before expiry so a resumed token is never about to lapse. */
  const EXPIRY_MARGIN_MS = 60_000;
  /** "Gesprek wissen": how long the widget waits for the server to end the conversation. */
  const ERASE_TIMEOUT_MS = 3000;

  /**
   * @typedef {object} WidgetConfig
   * @property {string} directLineDomain
   * @property {string} quickExitUrl
   * @property {number} maxMessageChars
   * @property {number} residentKeyIdleDays
   * @property {string} locale
   * @property {Record<string, string>} texts
   * @property {{ locale: string, texts: Record<string, string> }} [english]
   */

  /**
   * The widget's language follows the conversation's: the bot writes its language on every reply
   * as the activity's locale (src/shared/residentLocales.ts), so a resident who chose
   * English sees English around the chat too, and Web Chat's own labels ("Send").
   * @typedef {object} Chrome
   * @property {'nl' | 'en'} language
   * @property {string} locale
   * @property {Record<string, string>} texts
   */

  /**
   * @typedef {object} Session
   * @property {string} token
   * @property {string} conversationId
   */

  /** @param {string} key */
  function readJson(key, storage = window.sessionStorage) {
    try {
      const raw = storage.getItem(key);
      return raw === null ? null : JSON.parse(raw);
    } catch {
      return null;
    }
  }

  /** @returns {Session | null} */
  function readSession() {
    const value = readJson(SESSION_KEY);
    return value && typeof value.token === 'string' && typeof value.conversationId === 'string'
      ? { token: value.token, conversationId: value.conversationId }
      : null;
  }

  /** Set by "Snel weg": nothing may be written any more, not even by the pagehide handler. */
  let leaving = false;

  /** @param {Session} session */
  function saveSession(session) {
    if (leaving) return;
    try {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch {
      // Private browsing may refuse storage; the chat still works, only reload-resume does not.
    }
  }

  function clearEverything() {
    leaving = true;
    for (const storage of [window.sessionStorage, window.localStorage]) {
      try {
        for (const key of Object.keys(storage)) {
          if (key.startsWith('wijkwijzer.')) storage.removeItem(key);
        }
      } catch {
        // Nothing stored, nothing to clear.
      }
    }
  }

  /**
   * Removes the resident key and the stored session from this browser, and lets the chat go on
   * (unlike "Snel weg"): "Gesprek wissen op dit apparaat" and "Nee, nieuw beginnen".
   */
  function forgetDevice() {
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
      window.localStorage.removeItem(RESIDENT_KEY);
      window.localStorage.removeItem(RESIDENT_SEEN);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }

  /** Marks the resident key as used now, so it only expires after the idle time. */
  function touchResidentKey() {
    if (leaving) return;
    try {
      if (window.localStorage.getItem(RESIDENT_KEY) !== null) {
        window.localStorage.setItem(RESIDENT_SEEN, String(Date.now()));
      }
    } catch {
      // Private browsing may refuse storage.
    }
  }

  /**
   * A random key that only this browser knows, so the bot can say "welkom terug". A key unused for
   * longer than the idle time (or of unknown age) is replaced by a new one: on a shared computer
   * the next visitor weeks later is not linked to the earlier resident.
   * @param {number} idleDays
   */
  function residentKey(idleDays) {
    try {
      let key = window.localStorage.getItem(RESIDENT_KEY);
      if (leaving) return undefined;
      const seen = Number(window.localStorage.getItem(RESIDENT_SEEN));
      const idle = !Number.isFinite(seen) || seen <= 0 || Date.now() - seen > idleDays * DAY_MS;
      if (key === null || idle || !/^[A-Za-z0-9_-]{22,64}$/.test(key)) {
        const bytes = crypto.getRandomValues(new Uint8Array(18));
        key = btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
        window.localStorage.setItem(RESIDENT_KEY, key);
      }
      window.localStorage.setItem(RESIDENT_SEEN, String(Date.now()));
      return key;
    } catch {
      return undefined;
    }
  }

  /** @param {string} token */
  function expiresAt(token) {
    try {
      const payload = token.split('.')[1] ?? '';
      const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
      const exp = JSON.parse(json).exp;
      return typeof exp === 'number' ? exp * 1000 : 0;
    } catch {
      return 0;
    }
  }

  /**
   * @param {URL} url
   * @param {RequestInit} [init]
   */
  async function fetchJson(url, init) {
    const response = await fetch(url, { credentials: 'omit', ...init });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.pathname}`);
    return response.json();
  }

  /** @param {URL} url */
  function loadScript(url) {
    return new Promise((resolve, reject) => {
      if (window.WebChat !== undefined) {
        resolve(undefined);
        return;
      }
      const element = document.createElement('script');
      element.src = url.href;
      if (nonce !== undefined) element.nonce = nonce;
      element.addEventListener('load', () => resolve(undefined));
      element.addEventListener('error', () => reject(new Error('Web Chat did not load')));
      document.head.append(element);
    });
  }

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attributes]
   * @param {string} [text]
   */
  function element(tag, attributes = {}, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * @param {HTMLElement} host
   * @param {WidgetConfig} config
   */
  function renderShell(host, config) {
    const texts = config.texts;
    host.classList.add('ww');
    host.replaceChildren();

    const quickExit = element(
      'button',
      { type: 'button', class: 'ww-quick-exit', title: texts.quickExitHint ?? '' },
      texts.quickExit,
    );
    quickExit.addEventListener('click', () => {
      clearEverything();
      // replace(): the chat page does not stay in the back-button history.
      window.location.replace(config.quickExitUrl);
    });
    // Fixed to the viewport and first in the tab order: one tap or one Tab away, also on a phone.
    document.body.prepend(quickExit);

    const section = element('section', {
      class: 'ww-panel',
      'aria-labelledby': 'ww-title',
      lang: 'nl',
    });
    const header = element('div', { class: 'ww-header' });
    const title = element('h2', { id: 'ww-title', class: 'ww-title' }, texts.title);
    const intro = element('p', { class: 'ww-intro' }, texts.intro);
    header.append(title, intro);
    const restart = element(
      'button',
      { type: 'button', class: 'ww-restart' },
      texts.newConversation,
    );
    const clear = element(
      'button',
      { type: 'button', class: 'ww-restart ww-clear', title: texts.clearDeviceHint ?? '' },
      texts.clearDevice,
    );
    header.append(restart, clear);
    const status = element(
      'p',
      { class: 'ww-status', role: 'status', 'aria-live': 'polite' },
      texts.loading,
    );
    const chat = element('div', {
      class: 'ww-chat',
      role: 'region',
      'aria-label': texts.chatLabel ?? '',
    });
    const note = element('p', { class: 'ww-note' }, texts.privacyNote);
    section.append(header, status, chat, note);
    host.append(section);
    // On a phone the chat is as tall as the screen below "Snel weg": once the resident is in it,
    // show all of it, so the bar covers no message and the message box stays in view.
    const phone = window.matchMedia('(max-width: 40rem)');
    const showAll = () => section.scrollIntoView({ block: 'end' });
    // A tap that brings the focus in (a button pressed while the focus was outside) must not move
    // the page between press and release: the release would land beside the button and the tap
    // would be lost. Then the scroll waits until the tap's click has run.
    let pressed = false;
    let showAfterPress = false;
    section.addEventListener('pointerdown', () => {
      pressed = true;
    });
    const released = () => {
      if (!pressed) return;
      pressed = false;
      if (!showAfterPress) return;
      showAfterPress = false;
      window.setTimeout(showAll, 0);
    };
    window.addEventListener('pointerup', released, true);
    window.addEventListener('pointercancel', released, true);
    section.addEventListener('focusin', () => {
      if (!phone.matches) return;
      if (pressed) showAfterPress = true;
      else showAll();
    });
    /** @type {string} */
    let statusKey = 'loading';
    /**
     * Set while the resident's messages may not arrive (offline, or a message was not sent): the
     * status line then says so and what to do, until a message is sent again.
     */
    let trouble = false;
    /** @type {Chrome} */
    const chrome = { language: 'nl', locale: config.locale, texts };
    /** @param {string} key */
    const show = (key) => {
      statusKey = key;
      status.textContent = chrome.texts[key] ?? '';
    };
    return {
      chat,
      restart,
      clear,
      chrome,
      /**
       * A new state of the chat itself (loading, connected, resumed, cleared, …): whatever went
       * wrong with an earlier message is behind it.
       * @param {string} key one of the status texts
       */
      setStatus(key) {
        trouble = false;
        show(key);
      },
      /**
       * The connection is in trouble: the browser went offline, or a message was not sent
       * (for no reason the widget knows, or because the channel refused it: too many at once).
       * Offline wins, because it names the cause the resident can do something about.
       * @param {'offline' | 'sendFailed' | 'tooManyMessages'} key
       */
      connectionTrouble(key) {
        trouble = true;
        show(navigator.onLine === false ? 'offline' : key);
      },
      /**
       * Internet is back ('online': a failed message still needs "Opnieuw") or a message went
       * through again ('sendRecovered'). Nothing to say when there was no trouble.
       * @param {'online' | 'sendRecovered'} key
       */
      connectionBack(key) {
        if (!trouble) return;
        if (key === 'sendRecovered') trouble = false;
        show(key);
      },
      /** @param {'nl' | 'en'} language */
      setLanguage(language) {
        const english = config.english;
        if (language === chrome.language || (language === 'en' && english === undefined)) {
          return false;
        }
        chrome.language = language;
        chrome.locale = language === 'en' && english !== undefined ? english.locale : config.locale;
        chrome.texts = language === 'en' && english !== undefined ? english.texts : config.texts;
        const current = chrome.texts;
        section.lang = language;
        quickExit.textContent = current.quickExit ?? '';
        quickExit.title = current.quickExitHint ?? '';
        quickExit.lang = language;
        title.textContent = current.title ?? '';
        intro.textContent = current.intro ?? '';
        restart.textContent = current.newConversation ?? '';
        clear.textContent = current.clearDevice ?? '';
        clear.title = current.clearDeviceHint ?? '';
        chat.setAttribute('aria-label', current.chatLabel ?? '');
        note.textContent = current.privacyNote ?? '';
        status.textContent = current[statusKey] ?? '';
        return true;
      },
    };
  }

  /**
   * Dutch 24-hour time under the messages (ADR 0014, defect 10). Web Chat formats its own time
   * with a 12-hour skeleton in every locale ("6:53 p.m."), on screen and for screen readers alike.
   * This middleware shows "18:53" instead; sending and failed states stay Web Chat's own, with
   * their retry link. Web Chat wants a React element here, and the bundle does not expose React:
   * the element is Web Chat's own, with its type and children replaced.
   */
  const timeFormat = new Intl.DateTimeFormat('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  });

  function activityStatusMiddleware() {
    return (/** @type {(...args: unknown[]) => unknown} */ next) =>
      (/** @type {unknown[]} */ ...args) => {
        const first =
          /** @type {{ activity?: { timestamp?: unknown }, hideTimestamp?: boolean, sendState?: string }} */ (
            args[0] ?? {}
          );
        const own = next(...args);
        if (first.sendState === 'sending' || first.sendState === 'send failed') return own;
        const timestamp = first.activity?.timestamp;
        if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return own;
        // Grouped messages show one time for the whole group.
        if (first.hideTimestamp === true) return false;
        if (own === null || typeof own !== 'object' || !('$$typeof' in own)) return own;
        return {
          ...own,
          type: 'span',
          key: null,
          props: { className: 'ww-time', children: timeFormat.format(new Date(timestamp)) },
        };
      };
  }

  /** A phone number in a link label: at least five digits, with spaces or hyphens between them. */
  const PHONE_NUMBER = /\d[\d -]{3,}\d/g;

  /**
   * Web Chat's Markdown rendering, with each phone number inside a `tel:` link wrapped in a span
   * that does not break (wijkwijzer.css). Keeping the whole link on one line let "Bel 113 gratis:
   * 0800-0113" run out of its bubble on a 360 px phone and cut the number off; now the label wraps
   * and only "0800-0113" stays whole. The text a screen reader reads is unchanged.
   * @param {(markdown: string, ...rest: unknown[]) => string} render
   */
  function keepPhoneNumbersWhole(render) {
    return (/** @type {string} */ markdown, /** @type {unknown[]} */ ...rest) => {
      const html = render(markdown, ...rest);
      if (!html.includes('tel:')) return html;
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      for (const link of parsed.querySelectorAll('a[href^="tel:"]')) {
        const walker = parsed.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        /** @type {Text[]} */
        const nodes = [];
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          nodes.push(/** @type {Text} */ (node));
        }
        for (const node of nodes) {
          const text = node.data;
          const parts = [];
          let last = 0;
          for (const found of text.matchAll(PHONE_NUMBER)) {
            const index = found.index ?? 0;
            if (index > last) parts.push(parsed.createTextNode(text.slice(last, index)));
            const number = parsed.createElement('span');
            number.className = 'ww-phone-number';
            number.textContent = found[0];
            parts.push(number);
            last = index + found[0].length;
          }
          if (parts.length === 0) continue;
          if (last < text.length) parts.push(parsed.createTextNode(text.slice(last)));
          node.replaceWith(...parts);
        }
      }
      return parsed.body.innerHTML;
    };
  }

  function styleOptions() {
    return {
      // Colours chosen for at least 4.5:1 contrast on white (WCAG 2.1 AA).
      accent: '#00558c',
      bubbleBackground: '#f1f3f5',
      bubbleTextColor: '#1b1b1b',
      bubbleFromUserBackground: '#00558c',
      bubbleFromUserTextColor: '#ffffff',
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      fontSizeSmall: '80%',
      hideUploadButton: true,
      sendBoxTextWrap: true,
      sendBoxMaxHeight: 120,
      suggestedActionLayout: 'flow',
      suggestedActionTextColor: '#00558c',
      suggestedActionBorderColor: '#00558c',
      suggestedActionBorderRadius: 6,
      // Web Chat's notification bar is 50 px high and cuts off what does not fit: on a phone
      // "Uw bericht is te lang. Schrijf het korter, in minder dan 2000 tekens." lost its end.
      toasterSingularMaxHeight: 160,
      toasterMaxHeight: 320,
      timestampColor: '#595959',
      subtle: '#595959',
      botAvatarInitials: 'WW',
      rootHeight: '100%',
      rootWidth: '100%',
    };
  }

  /**
   * True when Direct Line rejected a message with 429: the channel's message budget is spent
   * (WW-2114 in its body; a proxy's own 429 means the same to the resident). Web Chat passes the
   * failed request as the action's payload, with the HTTP status of the answer.
   * @param {{ type: string }} action
   */
  function refused(action) {
    const failure = /** @type {{ payload?: { status?: unknown } }} */ (action).payload;
    return failure?.status === 429;
  }

  /**
   * @param {WidgetConfig} config
   * @param {ReturnType<typeof renderShell>} shell
   * @param {{ resume: boolean, onNewResident: () => void, readyStatus?: string }} options
   */
  async function connect(config, shell, options) {
    let session = options.resume ? readSession() : null;
    let isNew = false;
    if (session !== null && expiresAt(session.token) - Date.now() < EXPIRY_MARGIN_MS) {
      shell.setStatus('expired');
      session = null;
    }
    if (session === null) {
      const key = residentKey(config.residentKeyIdleDays);
      const response = await fetchJson(new URL('api/webchat/token', base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(key === undefined ? {} : { residentKey: key }),
      });
      session = { token: response.token, conversationId: response.conversationId };
      saveSession(session);
      isNew = true;
    }

    const WebChat = window.WebChat;
    if (WebChat === undefined) throw new Error('Web Chat is not loaded');
    const directLine = WebChat.createDirectLine({
      token: session.token,
      conversationId: session.conversationId,
      domain: config.directLineDomain,
      webSocket: true,
    });

    // Direct Line renews its token every 15 minutes; keep the stored copy current for a reload.
    const current = session;
    const remember = () => saveSession({ ...current, token: directLine.token ?? current.token });
    const timer = window.setInterval(remember, 60_000);
    window.addEventListener('pagehide', remember);

    let retried = false;
    /** Set when the widget itself ends this connection: that is no lost conversation to retry. */
    let closing = false;
    directLine.connectionStatus$.subscribe((/** @type {number} */ connectionStatus) => {
      if (closing) return;
      if (connectionStatus === 2) {
        shell.setStatus(isNew ? (options.readyStatus ?? 'connected') : 'resumed');
      } else if (connectionStatus === 3 || connectionStatus === 4 || connectionStatus === 5) {
        window.clearInterval(timer);
        window.removeEventListener('pagehide', remember);
        if (!isNew && !retried) {
          // The stored conversation is gone (expired or the server forgot it): start afresh once.
          retried = true;
          shell.setStatus('expired');
          window.sessionStorage.removeItem(SESSION_KEY);
          directLine.end();
          connect(config, shell, { ...options, resume: false }).catch(() => {
            shell.setStatus('unavailable');
          });
        } else if (connectionStatus !== 5) {
          shell.setStatus('unavailable');
        }
      }
    });

    const store = WebChat.createStore(
      {},
      (
        /** @type {{ dispatch: (action: unknown) => void, getState: () => { sendBoxValue?: string } }} */ api,
      ) =>
        (/** @type {(action: { type: string }) => unknown} */ next) =>
        (/** @type {{ type: string }} */ action) => {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && isNew) {
            isNew = false;
            api.dispatch({
              type: 'WEB_CHAT/SEND_EVENT',
              payload: { name: JOIN_EVENT, value: { language: navigator.language } },
            });
          }
          if (action.type === 'WEB_CHAT/SUBMIT_SEND_BOX') {
            const text = api.getState().sendBoxValue ?? '';
            if (text.length > config.maxMessageChars) {
              api.dispatch({
                type: 'WEB_CHAT/SET_NOTIFICATION',
                payload: {
                  id: 'ww-too-long',
                  level: 'error',
                  message: shell.chrome.texts.tooLong,
                },
              });
              return undefined;
            }
            api.dispatch({ type: 'WEB_CHAT/DISMISS_NOTIFICATION', payload: { id: 'ww-too-long' } });
            touchResidentKey();
          }
          // Web Chat marks a message "Verzenden mislukt. Opnieuw." once it is impeded (no echo
          // after its send timeout) and says nothing about why or what next; the status line (a
          // live region) does, in the resident's words. A connection the widget ended itself
          // ("Nieuw gesprek") cancels its pending sends: no trouble to report.
          if (closing) {
            // Ended on purpose.
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_IMPEDED') {
            shell.connectionTrouble('sendFailed');
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') {
            shell.connectionTrouble(refused(action) ? 'tooManyMessages' : 'sendFailed');
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') {
            shell.connectionBack('sendRecovered');
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            const activity =
              /** @type {{ payload?: { activity?: { type?: string, name?: string } } }} */ (action)
                .payload?.activity;
            // After this dispatch: Web Chat must not be replaced from inside its own store.
            if (activity?.type === 'event' && activity.name === NEW_RESIDENT_EVENT) {
              window.setTimeout(options.onNewResident, 0);
            }
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') followLanguage(action);
          return next(action);
        },
    );

    // A new element per conversation: rendering a new Web Chat into the old one kept the earlier
    // transcript on screen, which "Gesprek wissen op dit apparaat" must remove.
    const mount = element('div', { class: 'ww-chat-mount' });
    shell.chat.replaceChildren(mount);

    // Made once: a new function on every render (a language switch) would be a changed prop, and
    // Web Chat would render every message's markdown again.
    const renderMarkdown = keepPhoneNumbersWhole(WebChat.renderMarkdown);
    const render = () =>
      WebChat.renderWebChat(
        {
          directLine,
          store,
          locale: shell.chrome.locale,
          styleOptions: styleOptions(),
          // Web Chat names the bot by its avatar initials ("Bot WW zei:") before every message.
          overrideLocalizedStrings: {
            ACTIVITY_BOT_SAID_ALT: shell.chrome.texts.botSaid ?? '',
            ACTIVITY_BOT_ATTACHED_ALT: shell.chrome.texts.botAttached ?? '',
          },
          renderMarkdown,
          activityStatusMiddleware,
          nonce,
        },
        mount,
      );

    /**
     * A reply from the bot in the other language switches the widget's texts and re-renders Web
     * Chat with that locale (same store and connection: the conversation stays as it is).
     * @param {{ type: string, payload?: { activity?: { type?: string, locale?: string, from?: { role?: string } } } }} action
     */
    function followLanguage(action) {
      const activity = action.payload?.activity;
      if (activity?.type !== 'message' || activity.from?.role !== 'bot') return;
      const locale = activity.locale ?? '';
      const language = locale.startsWith('en') ? 'en' : locale.startsWith('nl') ? 'nl' : undefined;
      // After this dispatch: Web Chat must not re-render from inside its own store.
      if (language !== undefined && language !== shell.chrome.language) {
        window.setTimeout(() => {
          if (shell.setLanguage(language)) render();
        }, 0);
      }
    }

    render();
    return {
      end() {
        closing = true;
        window.clearInterval(timer);
        window.removeEventListener('pagehide', remember);
        directLine.end();
      },
      /**
       * Ends the conversation on the server as well: an `endOfConversation` makes the bot forget
       * its state and the channel delete the transcript ("Gesprek wissen op dit apparaat"). Waits
       * for the answer, at most a few seconds: the device is cleared either way.
       * @returns {Promise<void>}
       */
      erase() {
        closing = true;
        return new Promise((resolve) => {
          const giveUp = window.setTimeout(resolve, ERASE_TIMEOUT_MS);
          const done = () => {
            window.clearTimeout(giveUp);
            resolve();
          };
          directLine
            .postActivity({ type: 'endOfConversation', from: { id: 'resident', role: 'user' } })
            .subscribe({ next: done, error: done });
        });
      },
    };
  }

  async function start() {
    const host =
      document.getElementById('wijkwijzer') ?? document.querySelector('[data-wijkwijzer]');
    if (!(host instanceof HTMLElement)) return;
    /** @type {WidgetConfig} */
    let config;
    try {
      config = await fetchJson(new URL('api/webchat/config', base));
    } catch {
      host.textContent = 'De chat werkt nu even niet. Probeer het later opnieuw.';
      return;
    }
    const shell = renderShell(host, config);
    // A browser set to English opens the widget in English: its texts, the lang attribute and Web
    // Chat's labels here, the welcome through the join event's language. A resumed conversation
    // follows its own replies' locale again (followLanguage), and the resident can switch.
    if (/^en(?:-|$)/i.test(navigator.language)) shell.setLanguage('en');
    // Direct Line keeps reconnecting quietly and reports nothing while the network is gone: the
    // browser's own offline and online events tell the resident.
    window.addEventListener('offline', () => shell.connectionTrouble('offline'));
    window.addEventListener('online', () => shell.connectionBack('online'));
    try {
      await loadScript(new URL('webchat/webchat.js', base));
      /**
       * A new conversation in the same widget; `forget` also drops the resident key, so the bot
       * no longer links this browser to anyone (a shared computer).
       * `erase` ends the conversation on the server too (its state and transcript).
       * @param {{ forget: boolean, erase?: boolean, readyStatus?: string }} how
       */
      const startAgain = async (how) => {
        if (how.erase === true) await directLine.erase();
        directLine.end();
        if (how.forget) forgetDevice();
        else window.sessionStorage.removeItem(SESSION_KEY);
        // Rendering into the same element replaces the old Web Chat (and its transcript).
        directLine = await connect(config, shell, {
          resume: false,
          onNewResident,
          ...(how.readyStatus === undefined ? {} : { readyStatus: how.readyStatus }),
        });
        if (how.readyStatus !== undefined) shell.setStatus(how.readyStatus);
      };
      const onNewResident = () => {
        startAgain({ forget: true, readyStatus: 'newResident' }).catch(() => {
          shell.setStatus('unavailable');
        });
      };
      let directLine = await connect(config, shell, { resume: true, onNewResident });
      shell.restart.addEventListener('click', async () => {
        if (!window.confirm(shell.chrome.texts.newConversationConfirm ?? '')) return;
        await startAgain({ forget: false });
      });
      shell.clear.addEventListener('click', async () => {
        if (!window.confirm(shell.chrome.texts.clearDeviceConfirm ?? '')) return;
        await startAgain({ forget: true, erase: true, readyStatus: 'cleared' });
      });
    } catch {
      shell.setStatus('unavailable');
    }
  }

  start();
})();
